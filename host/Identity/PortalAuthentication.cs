using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FormEngine.Host.Identity;

/// <summary>
/// One cookie scheme holds every session, residents' and staff's alike. Who verified the person is a separate
/// concern: the test pages (<see cref="ResidentLoginPath"/>, <see cref="StaffLoginPath"/>) in development, or an
/// OpenID Connect scheme whose sign-in scheme is this cookie, challenged from those same paths (docs/identity.md).
/// </summary>
public static class PortalAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "fe.session";
    public const string ResidentLoginPath = "/logga-in";
    public const string StaffLoginPath = "/personal/logga-in";
    public const string LogoutPath = "/logga-ut";

    /// <summary>Staff areas: a challenge there goes to the staff login.</summary>
    public static bool IsStaffArea(PathString path) =>
        StaffAreas.Any(area => path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] StaffAreas = ["/personal", "/admin", "/granskning", "/behorigheter"];

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    internal static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        // Secure/HttpOnly/SameSite and the idle timeout: Security/SessionCookies (they depend on environment and configuration).
        options.LoginPath = ResidentLoginPath;
        options.AccessDeniedPath = ResidentLoginPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnRedirectToLogin = context => Redirect(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Redirect(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>APIs get a status code; pages go to the login for their area (staff or resident), keeping the local return URL.</summary>
    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        var request = context.Request;
        if (IsApi(request.Path))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }
        var login = IsStaffArea(request.Path) ? StaffLoginPath : ResidentLoginPath;
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        context.Response.Redirect($"{request.PathBase}{login}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }
}
