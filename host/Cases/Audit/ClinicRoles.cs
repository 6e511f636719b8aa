using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Cases.Audit;

/// <summary>
/// The roles held at one clinic and who may hand them out (domain.md): a lokal administratör grants every clinic
/// role, a behörighetsadministratör only ärendemottagare and ärendehanterare, nobody else any.
/// </summary>
public static class ClinicRoles
{
    public static readonly IReadOnlyList<string> All =
    [
        StaffRoles.Arendemottagare, StaffRoles.Arendehanterare, StaffRoles.Behandlare,
        StaffRoles.LokalAdministrator, StaffRoles.Behorighetsadministrator,
    ];

    private static readonly IReadOnlyList<string> ForBehorighetsadministrator = [StaffRoles.Arendemottagare, StaffRoles.Arendehanterare];

    /// <summary>The roles <paramref name="administrator"/> may grant and remove at the clinic now.</summary>
    public static IReadOnlyList<string> GrantableBy(StaffProfile administrator, string clinicKey) =>
        administrator.Has(StaffRoles.LokalAdministrator, clinicKey) ? All
        : administrator.Has(StaffRoles.Behorighetsadministrator, clinicKey) ? ForBehorighetsadministrator
        : [];

    /// <summary>Clinics where <paramref name="administrator"/> may grant at least one role.</summary>
    public static IReadOnlyList<string> AdministeredBy(StaffProfile administrator) =>
        [.. administrator.Roles.Where(r => r.Role is StaffRoles.LokalAdministrator or StaffRoles.Behorighetsadministrator)
            .Select(r => r.ClinicKey).Distinct()];

    public static string Label(string role) => role switch
    {
        StaffRoles.Arendemottagare => "Ärendemottagare",
        StaffRoles.Arendehanterare => "Ärendehanterare",
        StaffRoles.Behandlare => "Behandlare",
        StaffRoles.LokalAdministrator => "Lokal administratör",
        StaffRoles.Behorighetsadministrator => "Behörighetsadministratör",
        StaffRoles.Granskare => "Granskare",
        StaffRoles.RegionalAdministrator => "Regional administratör",
        _ => role,
    };
}
