namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// Where a guardian wants to be notified when a message lands in their child's inbox, set in Inställningar while
/// acting as ombud for the child. Kept apart from the child's own Resident settings: from 13 the child logs in and
/// chooses their own, and the guardian's addresses are never the child's. Used only while the guardian may act for
/// the child (the ombud rules decide that at send time), so a row left after the 13th birthday is simply unused.
/// </summary>
public sealed class ChildNotificationContact
{
    public required string GuardianPersonnummer { get; set; }
    public required string ChildPersonnummer { get; set; }
    public string? Email { get; set; }
    /// <summary>A mobile number in E.164 (+467…).</summary>
    public string? Phone { get; set; }
    public bool NotifyByEmail { get; set; }
    public bool NotifyBySms { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
