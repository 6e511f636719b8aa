using FormEngine.Host.Booking;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Pages.Shared;
using FormEngine.Time;
using Microsoft.AspNetCore.Mvc;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// Booking a resident on a free time: an invitation (kallelse), which needs a purpose; refused in Swedish
/// without one. The personnummer is only posted, never put in the address.
/// </summary>
public sealed class TidbokBokaModel(StaffDirectory directory, StaffBookings bookings, DefinitionLibrary library, TimeProvider clock)
    : StaffPageModel(directory)
{
    public const string PersonnummerField = "personnummer";
    public const string PurposeField = "syfte";

    [BindProperty(Name = PersonnummerField)] public string? Personnummer { get; set; }
    [BindProperty(Name = PurposeField)] public string? Purpose { get; set; }

    public Slot Slot { get; private set; } = null!;
    public string ClinicName => library.Catalog.FindClinic(Slot.ClinicKey)?.Name ?? Slot.ClinicKey;
    public List<PageError> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(string slotId, CancellationToken cancellationToken) =>
        await LoadAsync(slotId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string slotId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(slotId, cancellationToken) is { } refused) return refused;
        string? personnummer = null;
        if (string.IsNullOrWhiteSpace(Personnummer))
            Errors.Add(new(PersonnummerField, "Ange invånarens personnummer."));
        else if (!Pnr.TryParse(Personnummer.Replace(" ", ""), SwedishCalendar.SwedishDateOf(clock.GetUtcNow()), out var pnr))
            Errors.Add(new(PersonnummerField, "Ange ett giltigt personnummer med 12 siffror, till exempel 19121212-1212."));
        else personnummer = pnr.TwelveDigits;
        if (string.IsNullOrWhiteSpace(Purpose)) Errors.Add(new(PurposeField, StaffBookings.PurposeMissing));
        if (Errors.Count == 0)
        {
            var (outcome, error) = await bookings.InviteAsync(Staff, Slot, personnummer!, Purpose, cancellationToken);
            if (outcome.Succeeded)
                return Redirect($"{TidbokModel.Address(Slot.ClinicKey, SwedishCalendar.SwedishDateOf(Slot.StartsAt))}&{TidbokModel.BookedFlag}=1");
            Errors.Add(new(error == StaffBookings.UnknownResident ? PersonnummerField : PurposeField, error ?? StaffBookings.SlotGone));
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    private async Task<IActionResult?> LoadAsync(string slotId, CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return StatusCode(StatusCodes.Status403Forbidden);
        var slot = await bookings.FreeSlotAsync(Staff, slotId, cancellationToken);
        if (slot is null) return NotFound();
        Slot = slot;
        return null;
    }
}
