using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FormEngine.Host.Identity.OpenIdConnect;

/// <summary>
/// Registers ASP.NET Core's OpenID Connect handler for each configured provider. Both sign in to the portal's one
/// cookie scheme; on the way the provider's token is replaced by the portal principal (<see cref="ProviderEvents"/>),
/// so pages never see provider claims. The login pages (/logga-in, /personal/logga-in) challenge these schemes.
/// </summary>
public static class OpenIdConnectLogin
{
    public const string ResidentScheme = "oidc-invanare";
    public const string StaffScheme = "oidc-personal";
    public const string ResidentCallbackPath = "/signin-oidc";
    public const string StaffCallbackPath = "/signin-oidc-personal";

    public static AuthenticationBuilder AddPortalOpenIdConnect(this AuthenticationBuilder authentication, OpenIdConnectSettings settings)
    {
        if (settings.Residents.IsConfigured)
            authentication.AddOpenIdConnect(ResidentScheme, "E-legitimation", o => Configure(o, settings.Residents, ResidentCallbackPath, ProviderEvents.ResidentTokenValidatedAsync));
        if (settings.Staff.IsConfigured)
            authentication.AddOpenIdConnect(StaffScheme, "SITHS", o => Configure(o, settings.Staff, StaffCallbackPath, ProviderEvents.StaffTokenValidatedAsync));
        return authentication;
    }

    private static void Configure(OpenIdConnectOptions options, OpenIdConnectProvider provider, string defaultCallback,
        Func<TokenValidatedContext, Task> tokenValidated)
    {
        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = provider.ClientSecret;
        options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = provider.ResponseMode;
        options.UsePkce = true;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        foreach (var scope in provider.Scopes.Where(s => s != OpenIdConnectScope.OpenId)) options.Scope.Add(scope);
        var callback = string.IsNullOrWhiteSpace(provider.CallbackPath) ? defaultCallback : provider.CallbackPath;
        options.CallbackPath = callback;
        // Two handlers must not answer the same sign-out paths; the portal's own logout only ends the cookie session.
        options.SignedOutCallbackPath = callback + "-signout";
        options.RemoteSignOutPath = callback + "-remote-signout";
        options.SignInScheme = PortalAuthentication.Scheme;
        // Claim names stay as the provider sends them, so the configured claim names are the provider's.
        options.MapInboundClaims = false;
        // Tokens are not kept in the session cookie: the portal needs nothing from the provider after login.
        options.SaveTokens = false;
        options.Events.OnTokenValidated = tokenValidated;
        options.Events.OnRemoteFailure = ProviderEvents.RemoteFailureAsync;
    }
}
