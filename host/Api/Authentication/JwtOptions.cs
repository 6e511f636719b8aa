namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// The configuration section "FormEngine:Jwt": which identity provider's bearer tokens the API accepts.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "FormEngine:Jwt";

    /// <summary>The identity provider (OpenID Connect issuer); its discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience the tokens must be issued for, e.g. "formengine-api".</summary>
    public string Audience { get; set; } = "formengine-api";

    /// <summary>
    /// A symmetric key (at least 32 characters) for tokens minted locally: honoured only when the host runs in
    /// the Development environment, for the dev token endpoint and the tests. Never set it in production.
    /// </summary>
    public string? DevelopmentSigningKey { get; set; }

    /// <summary>The issuer of locally minted development tokens.</summary>
    public string DevelopmentIssuer { get; set; } = "formengine-development";

    /// <summary>How long a minted development token lives.</summary>
    public TimeSpan DevelopmentTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
