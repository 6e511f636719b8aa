using FormEngine.Catalog;
using FormEngine.Host.Definitions;
using FormEngine.Host.Ombud;
using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Booking;

/// <summary>
/// What a resident may do with the appointment book: see their own booked times and those of the children they
/// may act for as ombud right now, book a free time of a care type the clinic offers online, rebook where the
/// booking allows it, and cancel unless the booking is not cancellable for medical reasons (past the clinic's
/// deadline too, but then the visit is invoiced). A booking of anyone else is as good as not there.
/// </summary>
public sealed class ResidentBookings(IAppointmentBook book, OmbudAccess ombud, DefinitionLibrary library, TimeProvider clock)
{
    /// <summary>How far ahead residents see free times.</summary>
    public static readonly TimeSpan BookingHorizon = TimeSpan.FromDays(28);

    /// <summary>The signed-in person and the children they may act for, self first.</summary>
    public async Task<IReadOnlyList<Represented>> PeopleAsync(string signedIn, CancellationToken cancellationToken = default) =>
        [new Represented(signedIn, "Du"), .. await ombud.ChildrenAsync(signedIn, cancellationToken)];

    public async Task<IReadOnlyList<BookedTime>> UpcomingAsync(IReadOnlyList<Represented> people, CancellationToken cancellationToken = default) =>
        await book.BookingsOfAsync([.. people.Select(p => p.Personnummer)], clock.GetUtcNow(), cancellationToken);

    /// <summary>The booking when it belongs to the signed-in person or a child they may act for; null otherwise.</summary>
    public async Task<BookedTime?> FindAsync(string signedIn, string bookingId, CancellationToken cancellationToken = default)
    {
        var booking = await book.FindBookingAsync(bookingId, cancellationToken);
        if (booking is null) return null;
        var people = await PeopleAsync(signedIn, cancellationToken);
        return people.Any(p => p.Personnummer == booking.ResidentPersonnummer) ? booking : null;
    }

    public Clinic? ClinicOf(string clinicKey) => library.Catalog.FindClinic(clinicKey);

    /// <summary>Clinics where residents book directly, and those that take booking requests (the boka-tid form).</summary>
    public IReadOnlyList<Clinic> DirectBookingClinics => [.. library.Catalog.Clinics.Where(c => c.Booking.OffersDirectBooking)];

    public IReadOnlyList<Clinic> RequestClinics => [.. library.Catalog.ClinicsOffering(BookingRequest.EService).Where(c => !c.Booking.OffersDirectBooking)];

    /// <summary>Free times residents may book at the clinic: online care types only, from now on.</summary>
    public async Task<IReadOnlyList<Slot>> FreeSlotsAsync(Clinic clinic, string? careType, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var slots = await book.FreeSlotsAsync(clinic.Key, careType, now, now + BookingHorizon, cancellationToken);
        return [.. slots.Where(s => clinic.Booking.IsBookableOnline(s.CareType))];
    }

    public CancellationTerms TermsOf(BookedTime booking)
    {
        var clinic = ClinicOf(booking.Slot.ClinicKey);
        var settings = clinic?.Booking ?? ClinicBooking.DefaultFor(ClinicKind.Specialist);
        return new CancellationTerms(booking.Slot.CancelAllowed, settings.IsLateCancellation(booking.Slot.StartsAt, clock.GetUtcNow()),
            settings.CancellationDeadline(booking.Slot.StartsAt), settings.CancellationDeadlineWeekdays);
    }

    /// <summary>Books <paramref name="slotId"/> for <paramref name="residentPersonnummer"/>; a guardian acting as ombud is recorded.</summary>
    public async Task<BookingOutcome> BookAsync(string residentPersonnummer, string? actingGuardian, string slotId, CancellationToken cancellationToken = default)
    {
        if (await BookableAsync(slotId, null, online: true, cancellationToken) is not { } slot) return new(BookingResult.NotAllowed);
        var now = clock.GetUtcNow();
        return await book.BookAsync(new NewBooking(slot.Id, residentPersonnummer,
            actingGuardian is null ? BookingMadeBy.Self : BookingMadeBy.Ombud, actingGuardian, null, now), cancellationToken);
    }

    /// <summary>Moves the booking to another free time of the same care type at the same clinic.</summary>
    public async Task<BookingOutcome> RebookAsync(BookedTime booking, string newSlotId, CancellationToken cancellationToken = default)
    {
        if (!booking.Slot.RebookAllowed) return new(BookingResult.NotAllowed);
        // The clinic allowed moving this booking, so a time of its care type will do even if not bookable online.
        var slot = await BookableAsync(newSlotId, booking.Slot.ClinicKey, online: false, cancellationToken);
        if (slot is null || slot.CareType != booking.Slot.CareType) return new(BookingResult.NotAllowed);
        return await book.RebookAsync(booking.Id, slot.Id, TermsOf(booking).Late, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>Free times the booking can be moved to.</summary>
    public async Task<IReadOnlyList<Slot>> RebookChoicesAsync(BookedTime booking, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var slots = await book.FreeSlotsAsync(booking.Slot.ClinicKey, booking.Slot.CareType, now, now + BookingHorizon, cancellationToken);
        return [.. slots.Where(s => s.Id != booking.Slot.Id)];
    }

    public async Task<BookingOutcome> CancelAsync(BookedTime booking, CancellationToken cancellationToken = default)
    {
        var terms = TermsOf(booking);
        if (!terms.Allowed || booking.Slot.StartsAt <= clock.GetUtcNow()) return new(BookingResult.NotAllowed);
        return await book.CancelAsync(booking.Id, terms.Late, clock.GetUtcNow(), cancellationToken);
    }

    // A time a resident may take: it exists, lies ahead, and (for a new booking) is of a care type offered online.
    private async Task<Slot?> BookableAsync(string slotId, string? clinicKey, bool online, CancellationToken cancellationToken)
    {
        var slot = await book.FindSlotAsync(slotId, cancellationToken);
        if (slot is null || (clinicKey is not null && slot.ClinicKey != clinicKey) || slot.StartsAt <= clock.GetUtcNow()) return null;
        return !online || ClinicOf(slot.ClinicKey) is { } clinic && clinic.Booking.IsBookableOnline(slot.CareType) ? slot : null;
    }
}

/// <summary>Whether a booking may be cancelled, and whether doing so now is late (invoiced).</summary>
public sealed record CancellationTerms(bool Allowed, bool Late, DateTimeOffset Deadline, int DeadlineWeekdays);

/// <summary>The request form for clinics without direct booking.</summary>
public static class BookingRequest
{
    public const string EService = "boka-tid";
}
