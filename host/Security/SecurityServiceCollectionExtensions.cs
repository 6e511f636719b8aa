using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Security;

/// <summary>Web security: headers, cookie settings, the idle session timeout and the login rate limit.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, SecurityOptions security)
    {
        services.AddSingleton(security);
        services.AddSingleton<SessionCookies>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(p => p.GetRequiredService<SessionCookies>());
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>>(p => p.GetRequiredService<SessionCookies>());
        services.AddRateLimiter(options => LoginRateLimiting.Configure(options, security.LoginRateLimit));
        return services;
    }
}
