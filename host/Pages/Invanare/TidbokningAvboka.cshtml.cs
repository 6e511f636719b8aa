using FormEngine.Host.Booking;
using FormEngine.Host.Ombud;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Avboka: confirms the cancellation of one booked time. Past the clinic's deadline the resident may still cancel
/// but is first told that the visit will be invoiced. A booking of someone the resident may not act for is a 404.
/// </summary>
public sealed class TidbokningAvbokaModel(ResidentBookings bookings) : ResidentPageModel
{
    public BookedTime Booking { get; private set; } = null!;
    public CancellationTerms Terms { get; private set; } = null!;
    public string ClinicName => bookings.ClinicOf(Booking.Slot.ClinicKey)?.Name ?? Booking.Slot.ClinicKey;
    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string bookingId, CancellationToken cancellationToken) =>
        await LoadAsync(bookingId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string bookingId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(bookingId, cancellationToken) is { } notFound) return notFound;
        var outcome = await bookings.CancelAsync(Booking, cancellationToken);
        if (outcome.Succeeded) return Redirect(BookingUrls.Done(BookingUrls.Cancelled));
        Refused = true;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(string bookingId, CancellationToken cancellationToken)
    {
        var booking = await bookings.FindAsync(User.SignedInPersonnummer() ?? Personnummer, bookingId, cancellationToken);
        if (booking is null) return NotFound();
        (Booking, Terms) = (booking, bookings.TermsOf(booking));
        return null;
    }
}
