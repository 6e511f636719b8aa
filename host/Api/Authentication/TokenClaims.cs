namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// The claims the API reads from a bearer token (names as in the token; docs/api.md lists them). A token is a
/// resident's when it carries a personnummer and a staff member's when it carries an HSA-id, never both.
/// </summary>
public static class TokenClaims
{
    /// <summary>The resident's personnummer, 12 digits (Sambi's personalIdentityNumber).</summary>
    public const string Personnummer = "personal_identity_number";

    /// <summary>The staff member's HSA-id (Sambi's employeeHsaId; SITHS login).</summary>
    public const string HsaId = "hsa_id";

    /// <summary>Display name; the portal's own records win for staff.</summary>
    public const string Name = "name";

    /// <summary>How the person logged in at the provider: bankid, freja, telia (residents) or siths (staff).</summary>
    public const string Method = "amr";

    public const string Subject = "sub";
}
