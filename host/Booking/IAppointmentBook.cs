using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Booking;

/// <summary>
/// A clinic's appointment book: its times and who booked them. FormEngine's own database stands in for the
/// clinical system (<see cref="AppointmentBookOnDatabase"/>); a real scheduling integration implements this
/// interface and is registered instead. The rules about who may book or cancel what live in
/// <see cref="ResidentBookings"/> and <see cref="StaffBookings"/>, not here: this only keeps the book consistent,
/// above all that a time is never booked twice.
/// </summary>
public interface IAppointmentBook
{
    /// <summary>Unbooked times at the clinic starting within [startsFrom, startsBefore), earliest first; all care types when null.</summary>
    Task<IReadOnlyList<Slot>> FreeSlotsAsync(string clinicKey, string? careType, DateTimeOffset startsFrom, DateTimeOffset startsBefore, CancellationToken cancellationToken = default);

    Task<Slot?> FindSlotAsync(string slotId, CancellationToken cancellationToken = default);

    /// <summary>Every time at the clinic starting within [startsFrom, startsBefore), with its active booking if any.</summary>
    Task<IReadOnlyList<DayEntry>> ScheduleAsync(string clinicKey, DateTimeOffset startsFrom, DateTimeOffset startsBefore, CancellationToken cancellationToken = default);

    /// <summary>The residents' active bookings of times ending after <paramref name="after"/>, earliest first.</summary>
    Task<IReadOnlyList<BookedTime>> BookingsOfAsync(IReadOnlyCollection<string> personnummer, DateTimeOffset after, CancellationToken cancellationToken = default);

    Task<BookedTime?> FindBookingAsync(string bookingId, CancellationToken cancellationToken = default);

    /// <summary>Books the time unless it is already booked: of two concurrent calls for one time exactly one gets it.</summary>
    Task<BookingOutcome> BookAsync(NewBooking booking, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves an active booking to another free time in one step (the old time is freed only if the new one is had);
    /// <paramref name="late"/> records that leaving the old time was past the cancellation deadline (invoiced).
    /// </summary>
    Task<BookingOutcome> RebookAsync(string bookingId, string newSlotId, bool late, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Cancels an active booking; <paramref name="late"/> records that the visit will be invoiced.</summary>
    Task<BookingOutcome> CancelAsync(string bookingId, bool late, DateTimeOffset at, CancellationToken cancellationToken = default);
}

/// <summary>A time in the book.</summary>
public sealed record Slot(
    string Id, string ClinicKey, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string CareType, string CareTypeName,
    string PerformerName, string PerformerTitle, bool CancelAllowed, bool RebookAllowed, bool MessageAllowed);

/// <summary>An active booking with its time.</summary>
public sealed record BookedTime(
    string Id, Slot Slot, string ResidentPersonnummer, BookingMadeBy MadeBy, string? MadeByIdentity, string? Purpose, DateTimeOffset BookedAt)
{
    public bool IsInvitation => MadeBy == BookingMadeBy.StaffInvitation;
}

/// <summary>One line of a clinic's day: a time and, when booked, the booking.</summary>
public sealed record DayEntry(Slot Slot, BookedTime? Booking);

/// <summary>A booking to make.</summary>
public sealed record NewBooking(string SlotId, string ResidentPersonnummer, BookingMadeBy MadeBy, string? MadeByIdentity, string? Purpose, DateTimeOffset At);

public enum BookingResult
{
    Done,
    /// <summary>Someone else booked the time first.</summary>
    SlotTaken,
    /// <summary>No such time (or booking), or it is no longer active.</summary>
    NotFound,
    /// <summary>The rules refuse it: not bookable online, not rebookable or cancellable here, a time that has passed.</summary>
    NotAllowed,
}

/// <summary>What happened, and the booking's id when one was made.</summary>
public sealed record BookingOutcome(BookingResult Result, string? BookingId = null)
{
    public bool Succeeded => Result == BookingResult.Done;
}
