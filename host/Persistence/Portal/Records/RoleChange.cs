namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// One grant or removal of a staff role at a clinic (issue 5: who, whom, which role, when). Append-only, like
/// the access log: the application only inserts these rows.
/// </summary>
public sealed class RoleChange
{
    public long Id { get; set; }
    public required DateTimeOffset At { get; set; }
    /// <summary>HSA-id of the administrator who made the change.</summary>
    public required string ByHsaId { get; set; }
    /// <summary>HSA-id of the staff member whose role changed.</summary>
    public required string StaffHsaId { get; set; }
    public required string ClinicKey { get; set; }
    public required string Role { get; set; }
    /// <summary><see cref="RoleChangeKinds.Granted"/> or <see cref="RoleChangeKinds.Removed"/>.</summary>
    public required string Change { get; set; }
}

public static class RoleChangeKinds
{
    public const string Granted = "granted";
    public const string Removed = "removed";
}
