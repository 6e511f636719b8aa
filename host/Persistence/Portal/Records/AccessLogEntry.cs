namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// Patientdatalagen: one access to a resident's data, by staff or (for the read-only health services) by the
/// resident themselves or a guardian acting as ombud. Append-only: the application never updates or deletes these
/// rows (kept at least 5 years).
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }
    public required DateTimeOffset At { get; set; }
    /// <summary>The staff member's HSA-id; empty when <see cref="Actor"/> is not staff.</summary>
    public required string StaffHsaId { get; set; }
    /// <summary><see cref="AccessLogActors"/>: who read: staff, the resident, or an ombud.</summary>
    public string Actor { get; set; } = AccessLogActors.Staff;
    /// <summary>For an ombud, the guardian's personnummer (the resident's is <see cref="ResidentPersonnummer"/>).</summary>
    public string? ActorPersonnummer { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required string ClinicKey { get; set; }
    /// <summary>read, change, disclose, copy, print.</summary>
    public required string Action { get; set; }
    /// <summary>What was accessed, e.g. "case FE-4K7Q-2M9D: answers"; never the data itself.</summary>
    public required string What { get; set; }
}

/// <summary>Who made an access-log entry.</summary>
public static class AccessLogActors
{
    public const string Staff = "staff";
    /// <summary>The resident reading their own data (Journalen, Läkemedel, Högkostnadsskydd).</summary>
    public const string Resident = "resident";
    /// <summary>A guardian reading a child's data as ombud.</summary>
    public const string Ombud = "ombud";
}
