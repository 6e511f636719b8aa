using System.Globalization;
using FormEngine.Host.Booking;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// Tidbok: one clinic's day in the appointment book (the staff member's own clinics only), with who is booked,
/// and a way to book a resident on a free time (an invitation). Each resident shown by name is access-logged.
/// </summary>
public sealed class TidbokModel(StaffDirectory directory, StaffBookings bookings, DefinitionLibrary library, TimeProvider clock)
    : StaffPageModel(directory)
{
    public const string BookedFlag = "bokad";

    [FromQuery(Name = "mottagning")] public string? ClinicKey { get; set; }
    [FromQuery(Name = "datum")] public string? DateText { get; set; }

    public IReadOnlyList<(string Key, string Name)> Clinics { get; private set; } = [];
    public DateOnly Day { get; private set; }
    public IReadOnlyList<StaffDayEntry> Entries { get; private set; } = [];
    public bool Booked { get; private set; }
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return StatusCode(StatusCodes.Status403Forbidden);
        var keys = StaffBookings.ClinicsOf(Staff);
        Clinics = [.. keys.Select(k => (k, library.Catalog.FindClinic(k)?.Name ?? k)).OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
        if (Clinics.Count == 0) return Page();
        if (ClinicKey is not null && !keys.Contains(ClinicKey)) return StatusCode(StatusCodes.Status403Forbidden);
        ClinicKey ??= Clinics[0].Key;
        Day = DateOnly.TryParseExact(DateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : SwedishTime.Today(clock);
        Now = clock.GetUtcNow();
        Entries = await bookings.DayAsync(Staff, ClinicKey, Day, cancellationToken);
        Booked = Request.Query.ContainsKey(BookedFlag);
        return Page();
    }

    public string ClinicName => Clinics.FirstOrDefault(c => c.Key == ClinicKey).Name ?? "";

    public static string Address(string clinicKey, DateOnly day) =>
        $"{FormEngine.Host.Pages.Shared.Navigation.StaffAppointmentBook}?mottagning={Uri.EscapeDataString(clinicKey)}&datum={day:yyyy-MM-dd}";

    public static string InviteAddress(string slotId) => $"{FormEngine.Host.Pages.Shared.Navigation.StaffAppointmentBook}/boka/{Uri.EscapeDataString(slotId)}";
}
