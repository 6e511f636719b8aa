using System.Globalization;
using System.Threading.RateLimiting;
using FormEngine.Host.Api;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace FormEngine.Host.Security;

/// <summary>
/// A fixed window of login attempts per client address across the login endpoints (resident and staff test login,
/// the development token), so nobody can try personnummer or HSA ids at speed. Other requests are never limited.
/// Behind a reverse proxy the forwarded-headers middleware must set the client address, or every client shares one.
/// </summary>
internal static class LoginRateLimiting
{
    public const string DevelopmentTokenPath = ApiRoutes.V1 + "/dev/token";
    private static readonly string[] LoginPaths = [PortalAuthentication.ResidentLoginPath, PortalAuthentication.StaffLoginPath, DevelopmentTokenPath];

    public static void Configure(RateLimiterOptions options, LoginRateLimitOptions limit)
    {
        var window = TimeSpan.FromSeconds(limit.WindowSeconds);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            limit.Enabled && IsLoginAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        options.OnRejected = (rejected, _) => RejectAsync(rejected.HttpContext, window);
    }

    public static bool IsLoginAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && LoginPaths.Any(path => IsExactly(request.Path, path));

    private static bool IsExactly(PathString path, string login) =>
        path.StartsWithSegments(login, StringComparison.OrdinalIgnoreCase, out var rest) && (!rest.HasValue || rest.Value == "/");

    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The API gets problem details; a page keeps an empty body, which the status-code page (/fel) explains in Swedish.</summary>
    private static async ValueTask RejectAsync(HttpContext context, TimeSpan window)
    {
        context.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (PortalAuthentication.IsApi(context.Request.Path))
            await ApiProblems.WriteAsync(context, StatusCodes.Status429TooManyRequests, "För många inloggningsförsök",
                "Vänta en stund och försök igen.");
    }
}
