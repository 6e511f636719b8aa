namespace FormEngine.Host.Identity.OpenIdConnect;

/// <summary>FormEngine:Identity (bound with the rest of <see cref="Operations.FormEngineOptions"/>).</summary>
public sealed class PortalIdentityOptions
{
    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();
}

/// <summary>
/// FormEngine:Identity:OpenIdConnect: the identity providers a real deployment logs people in with, one for
/// residents (BankID, Freja eID Plus, Telia through the region's e-legitimation broker) and one for staff (SITHS
/// through the region's IdP). A provider without Authority and ClientId is off. With either on, the test identity
/// pages are off (docs/identity.md).
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "FormEngine:Identity:OpenIdConnect";

    public OpenIdConnectProvider Residents { get; set; } = new();

    public OpenIdConnectProvider Staff { get; set; } = new();

    public bool AnyConfigured => Residents.IsConfigured || Staff.IsConfigured;
}

/// <summary>One OpenID Connect client registration (authorization code flow with PKCE) and how its claims map onto ours.</summary>
public sealed class OpenIdConnectProvider
{
    /// <summary>The issuer; its /.well-known/openid-configuration is read at the first login.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Requested scopes besides <c>openid</c>, e.g. the Swedish profile's <c>https://id.oidc.se/scope/naturalPersonNumber</c>.</summary>
    public List<string> Scopes { get; set; } = [];
    /// <summary>Only for a local test provider on plain http; never off in production.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary><c>form_post</c> (default) or <c>query</c>.</summary>
    public string ResponseMode { get; set; } = "form_post";
    /// <summary>Where the provider sends the browser back; default /signin-oidc (residents), /signin-oidc-personal (staff).</summary>
    public string? CallbackPath { get; set; }

    /// <summary>Residents: the id_token claim with the 12-digit personnummer (the Swedish OIDC profile's claim by default).</summary>
    public string PersonnummerClaim { get; set; } = "https://id.oidc.se/claim/personalIdentityNumber";
    /// <summary>Residents: the claim naming the e-legitimation used (several values allowed, as <c>amr</c> has).</summary>
    public string MethodClaim { get; set; } = "amr";
    /// <summary>
    /// Residents: the claim values that mean each of our methods (bankid, freja, telia), compared ignoring case; a
    /// method's own code always matches. E.g. <c>Methods:bankid:0 = urn:grn:authn:se:bankid:same-device</c>.
    /// </summary>
    public Dictionary<string, List<string>> Methods { get; set; } = [];
    /// <summary>Residents: the method recorded when the token names none we know (a provider offering only one); else refused.</summary>
    public string? DefaultMethod { get; set; }

    /// <summary>Staff: the id_token claim with the HSA-id.</summary>
    public string HsaIdClaim { get; set; } = "employeeHsaId";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
