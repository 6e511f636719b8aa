using FormEngine.Host.Operations;

namespace FormEngine.Host.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>The portal's cookie scheme, its policies and the sign-in services the login pages (or an OIDC handler) call.</summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, FormEngineSettings settings)
    {
        services.AddAuthentication(PortalAuthentication.Scheme).AddCookie(PortalAuthentication.Scheme, PortalAuthentication.Configure);
        services.AddAuthorization(PortalPolicies.Add);
        services.AddSingleton<ResidentSignIn>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton(new TestIdentity(settings.TestIdentityEnabled));
        return services;
    }
}

/// <summary>Whether the test login pages are on (FormEngine:TestIdentity:Enabled); the layout shows a banner when they are.</summary>
public sealed record TestIdentity(bool Enabled);
