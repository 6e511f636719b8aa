namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// One time in a clinic's appointment book (the stand-in for the clinical system's schedule). Times are instants
/// (stored as UTC); the pages show them in Swedish time. The flags say what a resident may do with a booking of it.
/// </summary>
public sealed class AppointmentSlot
{
    public required string Id { get; set; }
    public required string ClinicKey { get; set; }
    public required DateTimeOffset StartsAt { get; set; }
    public required DateTimeOffset EndsAt { get; set; }
    /// <summary>The care type's key, e.g. "lakarbesok"; the clinic's booking settings say which are bookable online.</summary>
    public required string CareType { get; set; }
    /// <summary>The care type as residents read it, e.g. "Läkarbesök".</summary>
    public required string CareTypeName { get; set; }
    public required string PerformerName { get; set; }
    public required string PerformerTitle { get; set; }
    /// <summary>False when the booking may not be cancelled for medical reasons.</summary>
    public bool CancelAllowed { get; set; } = true;
    public bool RebookAllowed { get; set; } = true;
    public bool MessageAllowed { get; set; } = true;
}
