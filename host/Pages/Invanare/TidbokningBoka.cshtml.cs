using FormEngine.Catalog;
using FormEngine.Host.Booking;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Boka tid at a clinic with direct booking: the free times of its online care types (optionally one care type),
/// one chosen with a radio button and posted. Booked for whom the resident acts for right now.
/// </summary>
public sealed class TidbokningBokaModel(ResidentBookings bookings) : ResidentPageModel
{
    public const string SlotField = "tid";
    public const string NoChoice = "Välj en tid.";
    public const string Taken = "Tiden hann bokas av någon annan. Välj en annan tid.";

    [BindProperty(Name = SlotField)] public string? SlotId { get; set; }
    [FromQuery(Name = "vardtyp")] public string? CareType { get; set; }

    public Clinic Clinic { get; private set; } = null!;
    public IReadOnlyList<Slot> Slots { get; private set; } = [];
    public List<PageError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string clinicKey, CancellationToken cancellationToken) =>
        await LoadAsync(clinicKey, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string clinicKey, CancellationToken cancellationToken)
    {
        if (await LoadAsync(clinicKey, cancellationToken) is { } notFound) return notFound;
        if (string.IsNullOrEmpty(SlotId))
        {
            Errors.Add(new(SlotField, NoChoice));
            return Page();
        }
        var outcome = await bookings.BookAsync(Personnummer, User.ActingGuardian(), SlotId, cancellationToken);
        if (outcome.Succeeded) return Redirect(BookingUrls.Done(BookingUrls.Booked));
        Errors.Add(new(SlotField, Taken));
        await LoadAsync(clinicKey, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string clinicKey, CancellationToken cancellationToken)
    {
        if (bookings.ClinicOf(clinicKey) is not { Booking.OffersDirectBooking: true } clinic) return NotFound();
        Clinic = clinic;
        if (CareType is not null && !clinic.Booking.IsBookableOnline(CareType)) CareType = null;
        Slots = await bookings.FreeSlotsAsync(clinic, CareType, cancellationToken);
        return null;
    }
}
