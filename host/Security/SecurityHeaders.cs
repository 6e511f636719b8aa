using Microsoft.Net.Http.Headers;

namespace FormEngine.Host.Security;

/// <summary>
/// Security headers on every response: pages, API, static files, error pages. Set when the response starts, so
/// they survive the exception handler clearing the response and override the antiforgery system's
/// X-Frame-Options: SAMEORIGIN.
/// </summary>
public static class SecurityHeaders
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context.Request.Path);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
