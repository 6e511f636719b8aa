namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// Patientdatalagen: one staff access to a resident's data. Append-only: the application never updates or deletes
/// these rows (kept at least 5 years).
/// </summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }
    public required DateTimeOffset At { get; set; }
    public required string StaffHsaId { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required string ClinicKey { get; set; }
    /// <summary>read, change, disclose, copy, print.</summary>
    public required string Action { get; set; }
    /// <summary>What was accessed, e.g. "case FE-4K7Q-2M9D: answers"; never the data itself.</summary>
    public required string What { get; set; }
}
