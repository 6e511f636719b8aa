namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// A resident's booking of one <see cref="AppointmentSlot"/>. At most one booking per slot is active: while
/// <see cref="Status"/> is Booked, <see cref="ActiveSlotId"/> holds the slot id under a unique index (NULLs do not
/// collide on SQLite or PostgreSQL), so of two concurrent bookings of the last free time exactly one commits.
/// </summary>
public sealed class AppointmentBooking
{
    public required string Id { get; set; }
    public required string SlotId { get; set; }
    /// <summary>The slot id while the booking is active; null once cancelled or moved.</summary>
    public string? ActiveSlotId { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required BookingMadeBy MadeBy { get; set; }
    /// <summary>The guardian's personnummer (ombud) or the staff member's HSA-id (invitation); null when self.</summary>
    public string? MadeByIdentity { get; set; }
    /// <summary>Why staff invited the resident; required for an invitation.</summary>
    public string? Purpose { get; set; }
    public required BookingStatus Status { get; set; }
    public required DateTimeOffset BookedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Cancelled past the clinic's deadline: the visit will be invoiced.</summary>
    public bool LateCancellation { get; set; }
    /// <summary>The booking this one replaced when rebooked.</summary>
    public string? RebookedFrom { get; set; }
}

public enum BookingMadeBy
{
    Self,
    /// <summary>A guardian acting as ombud for the child.</summary>
    Ombud,
    /// <summary>Staff booked the resident: an invitation (kallelse) with a purpose.</summary>
    StaffInvitation,
}

public enum BookingStatus
{
    Booked,
    Cancelled,
    /// <summary>Replaced by a booking of another time.</summary>
    Rebooked,
}
