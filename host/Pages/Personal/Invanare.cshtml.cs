using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// Invånarkonton: a lokal administratör (at any clinic) looks a resident up by personnummer, sees the account
/// status and locks, unlocks or inactivates it (deceased). Everyone else is refused with 403. The personnummer is
/// only ever posted, never put in the address; the clinic the access is logged at is one where the staff member
/// is lokal administratör.
/// </summary>
public sealed class InvanareModel(StaffDirectory directory, ResidentAccounts accounts, DefinitionLibrary library, TimeProvider clock)
    : StaffPageModel(directory)
{
    public const string Path = "/personal/invanare";
    public const string PersonnummerField = "personnummer";

    [BindProperty] public string? Personnummer { get; set; }
    [BindProperty(Name = "mottagning")] public string? ClinicKey { get; set; }
    [BindProperty(Name = "atgard")] public string? Action { get; set; }

    public IReadOnlyList<(string Key, string Name)> Clinics { get; private set; } = [];
    public ResidentAccount? Account { get; private set; }
    public string? Outcome { get; private set; }
    public List<PageError> Errors { get; } = [];

    public static readonly IReadOnlyList<(string Value, AccountChange Change, string Label)> Changes =
    [
        ("las", AccountChange.Lock, "Lås kontot"),
        ("las-upp", AccountChange.Unlock, "Lås upp kontot"),
        ("avliden", AccountChange.MarkDeceased, "Markera som avliden (inaktivera kontot)"),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostLookupAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (Parse() is not { } pnr) return Invalid();
        Account = await accounts.LookUpAsync(Staff.HsaId, ClinicKey!, pnr, cancellationToken);
        if (Account is null) return Invalid(ResidentDialogues.Unknown);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (Parse() is not { } pnr) return Invalid();
        var change = Changes.FirstOrDefault(c => c.Value == Action);
        if (change.Value is null) return BadRequest();
        var result = await accounts.ChangeAsync(Staff.HsaId, ClinicKey!, pnr, change.Change, cancellationToken);
        Account = result.Account;
        if (result.Refusal is not null)
        {
            Errors.Add(new PageError("andring", result.Refusal));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        Outcome = $"Kontot har nu status {ResidentAccounts.StatusText(Account!.Status)}.";
        return Page();
    }

    /// <summary>The changes that make sense for the account's current status.</summary>
    public IEnumerable<(string Value, AccountChange Change, string Label)> Offered(AccountStatus status) => Changes.Where(c => (c.Change, status) switch
    {
        (_, AccountStatus.Deceased) => false,
        (AccountChange.Lock, AccountStatus.Locked) => false,
        (AccountChange.Unlock, not AccountStatus.Locked) => false,
        _ => true,
    });

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return StatusCode(StatusCodes.Status403Forbidden);
        var keys = Staff.ClinicsWith(StaffRoles.LokalAdministrator);
        if (keys.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        Clinics = [.. keys.Select(k => (k, library.Catalog.FindClinic(k)?.Name ?? k)).OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
        if (ClinicKey is null || !keys.Contains(ClinicKey)) ClinicKey = Clinics[0].Key;
        return null;
    }

    private string? Parse()
    {
        if (string.IsNullOrWhiteSpace(Personnummer))
        {
            Errors.Add(new PageError(PersonnummerField, "Ange invånarens personnummer."));
            return null;
        }
        if (!Pnr.TryParse(Personnummer.Replace(" ", ""), SwedishCalendar.SwedishDateOf(clock.GetUtcNow()), out var pnr))
        {
            Errors.Add(new PageError(PersonnummerField, "Ange ett giltigt personnummer med 12 siffror, till exempel 19121212-1212."));
            return null;
        }
        return pnr.TwelveDigits;
    }

    private PageResult Invalid(string? message = null)
    {
        if (message is not null) Errors.Add(new PageError(PersonnummerField, message));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
