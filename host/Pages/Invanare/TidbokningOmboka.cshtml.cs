using FormEngine.Host.Booking;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>Omboka: moves a booked time to another free time of the same care type at the same clinic, where the booking allows it.</summary>
public sealed class TidbokningOmbokaModel(ResidentBookings bookings) : ResidentPageModel
{
    [BindProperty(Name = TidbokningBokaModel.SlotField)] public string? SlotId { get; set; }

    public BookedTime Booking { get; private set; } = null!;
    public IReadOnlyList<Slot> Slots { get; private set; } = [];
    public string ClinicName => bookings.ClinicOf(Booking.Slot.ClinicKey)?.Name ?? Booking.Slot.ClinicKey;
    public bool Allowed => Booking.Slot.RebookAllowed && Booking.Slot.CancelAllowed;
    /// <summary>Leaving the current time now is past the deadline: the resident is warned before moving it.</summary>
    public CancellationTerms Terms => bookings.TermsOf(Booking);
    public List<PageError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string bookingId, CancellationToken cancellationToken) =>
        await LoadAsync(bookingId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string bookingId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(bookingId, cancellationToken) is { } notFound) return notFound;
        if (!Allowed) return Page();
        if (string.IsNullOrEmpty(SlotId))
        {
            Errors.Add(new(TidbokningBokaModel.SlotField, TidbokningBokaModel.NoChoice));
            return Page();
        }
        var outcome = await bookings.RebookAsync(Booking, SlotId, cancellationToken);
        if (outcome.Succeeded) return Redirect(BookingUrls.Done(BookingUrls.Rebooked));
        Errors.Add(new(TidbokningBokaModel.SlotField, TidbokningBokaModel.Taken));
        Slots = await bookings.RebookChoicesAsync(Booking, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string bookingId, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(User.SignedInPersonnummer() ?? Personnummer, bookingId, cancellationToken);
        if (booking is null) return NotFound();
        Booking = booking;
        if (Allowed) Slots = await bookings.RebookChoicesAsync(booking, cancellationToken);
        return null;
    }
}
