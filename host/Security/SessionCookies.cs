using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Security;

/// <summary>
/// The session and antiforgery cookies: HttpOnly, Secure outside Development (tests and `dotnet run` use plain
/// http there), SameSite Lax for the session (a link from another site may open the portal logged in; a foreign
/// form post may not carry it) and the antiforgery default Strict. The session ends after
/// <see cref="SecurityOptions.IdleTimeout"/> without a request.
/// </summary>
internal sealed class SessionCookies(IHostEnvironment environment, SecurityOptions security)
    : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
{
    private CookieSecurePolicy SecurePolicy => environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != PortalAuthentication.Scheme) return;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = SecurePolicy;
        options.ExpireTimeSpan = security.IdleTimeout;
        options.SlidingExpiration = true;
        // The handler's own sliding renews only after half the period, so the session would end 10-20 minutes after
        // the last request. Renewing on every request makes the idle period exact, which the warning script relies on.
        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            if (context.Principal is not null) context.ShouldRenew = true;
        };
    }

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = SecurePolicy;
        // SecurityHeaders sends DENY on every response; the antiforgery default SAMEORIGIN would only be overwritten.
        options.SuppressXFrameOptionsHeader = true;
    }
}
