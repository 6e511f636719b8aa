using FormEngine.Host.Cases;
using FormEngine.Host.Cases.Audit;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Behorigheter;

/// <summary>
/// Role administration for a clinic: a lokal administratör grants and removes every clinic role, a
/// behörighetsadministratör only ärendemottagare and ärendehanterare (<see cref="ClinicRoles"/>); everyone else
/// is refused with 403. Every change is logged as a <see cref="RoleChange"/> and listed here.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class IndexModel(StaffDirectory directory, RoleAdministration administration, DefinitionLibrary definitions) : PageModel
{
    public const string HsaField = "hsaid";
    public const string RoleField = "roll";
    public const int ChangesShown = 20;

    [BindProperty(SupportsGet = true, Name = "mottagning")] public string? ClinicKey { get; set; }
    [TempData] public string? Outcome { get; set; }

    public IReadOnlyList<(string Key, string Name)> Clinics { get; private set; } = [];
    public IReadOnlyList<string> Grantable { get; private set; } = [];
    public IReadOnlyList<(StaffMemberInfo Staff, IReadOnlyList<string> Roles)> Holders { get; private set; } = [];
    public IReadOnlyList<RoleChange> Changes { get; private set; } = [];
    public IReadOnlyDictionary<string, StaffMemberInfo> Names { get; private set; } = new Dictionary<string, StaffMemberInfo>();
    public IReadOnlyList<PageError> Errors { get; private set; } = [];
    public string? EnteredHsaId { get; private set; }
    public string? EnteredRole { get; private set; }
    public bool NotAdministrator { get; private set; }

    public string? ClinicName => Clinics.FirstOrDefault(c => c.Key == ClinicKey).Name;

    public string NameOf(string hsaId) => Names.TryGetValue(hsaId, out var s) ? $"{s.Name} ({hsaId})" : hsaId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostGrantAsync([FromForm(Name = HsaField)] string? hsaId, [FromForm(Name = RoleField)] string? role,
        CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        EnteredHsaId = hsaId;
        EnteredRole = role;
        var errors = new List<PageError>();
        if (string.IsNullOrWhiteSpace(hsaId)) errors.Add(new(HsaField, "Ange HSA-id för den som ska få rollen."));
        if (string.IsNullOrEmpty(role) || !Grantable.Contains(role)) errors.Add(new(RoleField, "Välj en roll."));
        if (errors.Count == 0)
        {
            var outcome = await administration.GrantAsync(User.HsaId()!, ClinicKey!, hsaId!, role!, cancellationToken);
            switch (outcome)
            {
                case RoleChangeOutcome.Granted:
                    Outcome = $"{ClinicRoles.Label(role!)} har lagts till för {hsaId!.Trim()}.";
                    return RedirectToPage(new { mottagning = ClinicKey });
                case RoleChangeOutcome.UnknownStaff:
                    errors.Add(new(HsaField, "Det finns ingen i personalkatalogen med det HSA-id:t."));
                    break;
                case RoleChangeOutcome.AlreadyHeld:
                    errors.Add(new(HsaField, $"Personen har redan rollen {ClinicRoles.Label(role!).ToLowerInvariant()} på mottagningen."));
                    break;
                default:
                    return Forbidden();
            }
        }
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync([FromForm(Name = HsaField)] string? hsaId, [FromForm(Name = RoleField)] string? role,
        CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(hsaId) || string.IsNullOrEmpty(role)) return BadRequest();
        var outcome = await administration.RemoveAsync(User.HsaId()!, ClinicKey!, hsaId, role, cancellationToken);
        if (outcome == RoleChangeOutcome.NotAllowed) return Forbidden();
        Outcome = outcome == RoleChangeOutcome.Removed
            ? $"{ClinicRoles.Label(role)} har tagits bort för {hsaId.Trim()}."
            : $"{hsaId.Trim()} hade inte rollen {ClinicRoles.Label(role).ToLowerInvariant()} längre.";
        return RedirectToPage(new { mottagning = ClinicKey });
    }

    /// <returns>A refusal, or null with the page's clinic, roles and log loaded.</returns>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var profile = await directory.FindAsync(User.HsaId(), cancellationToken);
        var administered = profile is null ? [] : ClinicRoles.AdministeredBy(profile);
        Clinics = [.. administered.Select(k => (Key: k, Name: definitions.Catalog.FindClinic(k)?.Name ?? k)).OrderBy(c => c.Name, StringComparer.CurrentCulture)];
        if (Clinics.Count == 0) return Forbidden();
        if (ClinicKey is null && Clinics.Count == 1) ClinicKey = Clinics[0].Key;
        if (ClinicKey is null) return null;
        if (!administered.Contains(ClinicKey)) return Forbidden();
        Grantable = ClinicRoles.GrantableBy(profile!, ClinicKey);
        Holders = await administration.HoldersAsync(ClinicKey, cancellationToken);
        Changes = await administration.ChangesAsync(ClinicKey, ChangesShown, cancellationToken);
        Names = await directory.NamesAsync(Changes.SelectMany(c => new[] { c.ByHsaId, c.StaffHsaId }), cancellationToken);
        return null;
    }

    private PageResult Forbidden()
    {
        NotAdministrator = true;
        Clinics = [];
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
