namespace FormEngine.Persistence.Portal.Records;

/// <summary>A member of staff, identified by HSA-id (logs in with SITHS; a seeded identity stands in for it).</summary>
public sealed class StaffMember
{
    public required string HsaId { get; set; }
    public required string Name { get; set; }
    /// <summary>Professional title for signatures, e.g. "Sjuksköterska".</summary>
    public required string Title { get; set; }
    public List<StaffRole> Roles { get; set; } = [];
}

/// <summary>A role a staff member holds at one clinic (or, for regional roles, in one region).</summary>
public sealed class StaffRole
{
    public long Id { get; set; }
    public required string HsaId { get; set; }
    public string? ClinicKey { get; set; }
    public string? RegionKey { get; set; }
    public required string Role { get; set; }
}

/// <summary>Role names as stored (domain.md, Who uses it).</summary>
public static class StaffRoles
{
    public const string Arendemottagare = "arendemottagare";
    public const string Arendehanterare = "arendehanterare";
    public const string Behandlare = "behandlare";
    public const string LokalAdministrator = "lokal-administrator";
    public const string Behorighetsadministrator = "behorighetsadministrator";
    public const string Granskare = "granskare";
    public const string RegionalAdministrator = "regional-administrator";
}
