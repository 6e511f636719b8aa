using System.Security.Claims;

namespace FormEngine.Host.Identity;

/// <summary>
/// The claims a portal session carries, whichever scheme verified the person (test login or OpenID Connect): the
/// provider's own claims are mapped onto these by <see cref="ResidentSignIn"/> and <see cref="StaffSignIn"/>.
/// </summary>
public static class PortalClaims
{
    /// <summary>The resident's 12-digit personnummer.</summary>
    public const string Personnummer = "fe:pnr";
    /// <summary>The staff member's HSA-id.</summary>
    public const string HsaId = "fe:hsa";
    /// <summary>How they authenticated: bankid, freja, telia or siths (<see cref="LoginMethods"/>).</summary>
    public const string Method = "fe:method";
    /// <summary><see cref="ResidentKind"/> or <see cref="StaffKind"/>.</summary>
    public const string Kind = "fe:kind";
    /// <summary>Display name (also <c>User.Identity.Name</c>).</summary>
    public const string Name = ClaimTypes.Name;
    /// <summary>Staff title for signatures, e.g. "Sjuksköterska".</summary>
    public const string Title = "fe:title";
    /// <summary>A staff role: "role@clinicKey" for a clinic role, "role@region:regionKey" for a regional one.</summary>
    public const string Role = "fe:role";

    public const string ResidentKind = "resident";
    public const string StaffKind = "staff";
    public const string RegionPrefix = "region:";
}

/// <summary>Authentication methods as recorded in Login rows and the <see cref="PortalClaims.Method"/> claim.</summary>
public static class LoginMethods
{
    public const string BankId = "bankid";
    public const string Freja = "freja";
    public const string Telia = "telia";
    public const string Siths = "siths";

    public static readonly IReadOnlyList<(string Code, string Label)> ForResidents =
    [
        (BankId, "BankID"),
        (Freja, "Freja eID Plus"),
        (Telia, "Telia e-legitimation"),
    ];

    public static bool IsResidentMethod(string? method) => ForResidents.Any(m => m.Code == method);
}
