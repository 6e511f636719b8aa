using System.Security.Claims;

namespace FormEngine.Host.Identity;

/// <summary>What pages ask of the signed-in person.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The resident's 12-digit personnummer; null for staff and anonymous visitors.</summary>
    public static string? Personnummer(this ClaimsPrincipal user) => user.IsResident() ? user.FindFirstValue(PortalClaims.Personnummer) : null;

    /// <summary>The staff member's HSA-id; null for residents and anonymous visitors.</summary>
    public static string? HsaId(this ClaimsPrincipal user) => user.IsStaff() ? user.FindFirstValue(PortalClaims.HsaId) : null;

    public static bool IsResident(this ClaimsPrincipal user) => user.Is(PortalClaims.ResidentKind);

    public static bool IsStaff(this ClaimsPrincipal user) => user.Is(PortalClaims.StaffKind);

    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.Name);

    public static string? LoginMethod(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.Method);

    /// <summary>The staff member's title, e.g. "Läkare", for signatures.</summary>
    public static string? StaffTitle(this ClaimsPrincipal user) => user.FindFirstValue(PortalClaims.Title);

    /// <summary>Every role the staff member holds: (role, clinic key or null, region key or null).</summary>
    public static IReadOnlyList<(string Role, string? ClinicKey, string? RegionKey)> StaffRoles(this ClaimsPrincipal user) =>
        [.. user.FindAll(PortalClaims.Role).Select(c => RoleClaim.Parse(c.Value)).OfType<(string, string?, string?)>()];

    /// <summary>Whether the staff member holds <paramref name="role"/> at the clinic (or, without a clinic, anywhere).</summary>
    public static bool HasStaffRole(this ClaimsPrincipal user, string role, string? clinicKey = null) =>
        user.StaffRoles().Any(r => r.Role == role && (clinicKey is null || r.ClinicKey == clinicKey));

    /// <summary>The clinics where the staff member holds <paramref name="role"/>.</summary>
    public static IReadOnlyList<string> ClinicsWithRole(this ClaimsPrincipal user, string role) =>
        [.. user.StaffRoles().Where(r => r.Role == role && r.ClinicKey is not null).Select(r => r.ClinicKey!).Distinct()];

    /// <summary>Every clinic where the staff member holds any role.</summary>
    public static IReadOnlyList<string> StaffClinics(this ClaimsPrincipal user) =>
        [.. user.StaffRoles().Where(r => r.ClinicKey is not null).Select(r => r.ClinicKey!).Distinct()];

    private static bool Is(this ClaimsPrincipal user, string kind) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(PortalClaims.Kind, kind);
}

/// <summary>The text form of a <see cref="PortalClaims.Role"/> claim.</summary>
public static class RoleClaim
{
    public static string Format(string role, string? clinicKey, string? regionKey) =>
        clinicKey is not null ? $"{role}@{clinicKey}" : $"{role}@{PortalClaims.RegionPrefix}{regionKey}";

    public static (string Role, string? ClinicKey, string? RegionKey)? Parse(string value)
    {
        var at = value.IndexOf('@');
        if (at <= 0) return null;
        var role = value[..at];
        var scope = value[(at + 1)..];
        return scope.StartsWith(PortalClaims.RegionPrefix, StringComparison.Ordinal)
            ? (role, null, scope[PortalClaims.RegionPrefix.Length..])
            : (role, scope, null);
    }
}
