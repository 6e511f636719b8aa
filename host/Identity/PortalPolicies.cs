using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Authorization;

namespace FormEngine.Host.Identity;

/// <summary>Authorization policy names; pages and API endpoints use these, never the claim values.</summary>
public static class PortalPolicies
{
    public const string Resident = "resident";
    public const string Staff = "staff";
    /// <summary>Staff with lokal-administrator (any clinic) or regional-administrator.</summary>
    public const string Administrator = "administrator";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Resident, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaims.Kind, PortalClaims.ResidentKind));
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireClaim(PortalClaims.Kind, PortalClaims.StaffKind));
        options.AddPolicy(Administrator, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
            c.User.IsStaff() && (c.User.HasStaffRole(StaffRoles.LokalAdministrator) || c.User.HasStaffRole(StaffRoles.RegionalAdministrator))));
    }
}
