using FormEngine.Host.Identity.OpenIdConnect;
using FormEngine.Host.Operations;

namespace FormEngine.Host.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>The portal's cookie scheme, its policies and the sign-in services the login pages (or an OIDC handler) call.</summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, FormEngineSettings settings)
    {
        var openIdConnect = settings.Options.Identity.OpenIdConnect;
        services.AddAuthentication(PortalAuthentication.Scheme).AddCookie(PortalAuthentication.Scheme, PortalAuthentication.Configure)
            .AddPortalOpenIdConnect(openIdConnect);
        services.AddSingleton(openIdConnect);
        services.AddAuthorization(PortalPolicies.Add);
        services.AddSingleton<ResidentSignIn>();
        services.AddSingleton<StaffSignIn>();
        // A real identity provider replaces the test pages: never both, so a configured deployment has no bypass.
        services.AddSingleton(new TestIdentity(settings.TestIdentityEnabled && !openIdConnect.AnyConfigured));
        return services;
    }
}

/// <summary>Whether the test login pages are on (FormEngine:TestIdentity:Enabled); the layout shows a banner when they are.</summary>
public sealed record TestIdentity(bool Enabled);
