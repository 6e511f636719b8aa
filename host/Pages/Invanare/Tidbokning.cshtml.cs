using FormEngine.Catalog;
using FormEngine.Host.Booking;
using FormEngine.Host.Ombud;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Tidbokning: the booked times of the signed-in resident and of the children they may act for as ombud, with
/// rebook and cancel where allowed, and where to book a new time (direct booking, or the request form).
/// </summary>
public sealed class TidbokningModel(ResidentBookings bookings) : ResidentPageModel
{
    public const string DoneFlag = "klart";

    public IReadOnlyList<Represented> People { get; private set; } = [];
    public IReadOnlyList<BookedTime> Booked { get; private set; } = [];
    public IReadOnlyList<Clinic> DirectClinics => bookings.DirectBookingClinics;
    public IReadOnlyList<Clinic> RequestClinics => bookings.RequestClinics;
    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var signedIn = User.SignedInPersonnummer() ?? Personnummer;
        People = await bookings.PeopleAsync(signedIn, cancellationToken);
        Booked = await bookings.UpcomingAsync(People, cancellationToken);
        Done = Request.Query[DoneFlag].ToString() switch
        {
            BookingUrls.Booked => "Tiden är bokad.",
            BookingUrls.Rebooked => "Tiden är ombokad.",
            BookingUrls.Cancelled => "Tiden är avbokad.",
            _ => null,
        };
    }

    /// <summary>"dig" for the resident's own bookings, else the child's name.</summary>
    public string WhoseName(BookedTime booking) =>
        booking.ResidentPersonnummer == People[0].Personnummer ? "dig" : People.FirstOrDefault(p => p.Personnummer == booking.ResidentPersonnummer)?.Name ?? "";

    public string ClinicName(string clinicKey) => bookings.ClinicOf(clinicKey)?.Name ?? clinicKey;

    public CancellationTerms Terms(BookedTime booking) => bookings.TermsOf(booking);
}

/// <summary>Addresses of the booking pages.</summary>
public static class BookingUrls
{
    public const string Start = "/tidbokning";
    public const string Booked = "bokad";
    public const string Rebooked = "ombokad";
    public const string Cancelled = "avbokad";

    public static string Book(string clinicKey) => $"{Start}/boka/{Uri.EscapeDataString(clinicKey)}";

    public static string Cancel(string bookingId) => $"{Start}/{Uri.EscapeDataString(bookingId)}/avboka";

    public static string Rebook(string bookingId) => $"{Start}/{Uri.EscapeDataString(bookingId)}/omboka";

    public static string Done(string what) => $"{Start}?{TidbokningModel.DoneFlag}={what}";
}
