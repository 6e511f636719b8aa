using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Programs;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Programs;
using FormEngine.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Personal.Behandling;

/// <summary>
/// Stöd och behandling for a behandlare: the residents in programs at their clinics (new activity first) and
/// giving a program to a resident by personnummer (posted, never in the address; access-logged). Staff without the
/// behandlare role anywhere get 403.
/// </summary>
public sealed class BehandlingModel(StaffDirectory directory, StaffPrograms programs, ProgramLibrary library, DefinitionLibrary definitions, TimeProvider clock)
    : StaffPageModel(directory)
{
    public const string Path = "/personal/behandling";
    public const string PersonnummerField = "personnummer";
    public const string ProgramField = "program";

    [BindProperty] public string? Personnummer { get; set; }
    [BindProperty(Name = "program")] public string? ProgramKey { get; set; }
    [BindProperty(Name = "mottagning")] public string? ClinicKey { get; set; }

    public IReadOnlyList<(string Key, string Name)> Clinics { get; private set; } = [];
    public IReadOnlyList<TreatmentProgram> Programs { get; private set; } = [];
    public IReadOnlyList<AssignmentRow> Rows { get; private set; } = [];
    public List<PageError> Errors { get; } = [];

    public static string For(string assignmentId) => $"{Path}/{Uri.EscapeDataString(assignmentId)}";

    public string ClinicName(string key) => definitions.Catalog.FindClinic(key)?.Name ?? key;

    public string ProgramTitle(string key) => library.Find(key)?.Title.In("sv") ?? key;

    public string ModuleTitle(string programKey, string moduleKey) => library.Find(programKey)?.FindModule(moduleKey)?.Title.In("sv") ?? moduleKey;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused) return refused;
        var (pnr, error) = string.IsNullOrWhiteSpace(Personnummer)
            ? (null, "Ange invånarens personnummer.")
            : PersonnummerInput.Check(Personnummer, SwedishCalendar.SwedishDateOf(clock.GetUtcNow()));
        if (error is not null) Errors.Add(new PageError(PersonnummerField, error));
        if (Programs.FirstOrDefault(p => p.Key == ProgramKey) is null) Errors.Add(new PageError(ProgramField, "Välj ett program."));
        if (Errors.Count > 0) return Invalid();
        var clinic = definitions.Catalog.FindClinic(ClinicKey!)!;
        var result = await programs.AssignAsync(Staff.HsaId, clinic.Key, pnr!.Value.TwelveDigits, ProgramKey!, clinic, cancellationToken);
        if (result is AssignResult.Refused refusal)
        {
            Errors.Add(new PageError(PersonnummerField, refusal.Message));
            return Invalid();
        }
        return Redirect(For(((AssignResult.Assigned)result).AssignmentId) + "?tilldelat=true");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return StatusCode(StatusCodes.Status403Forbidden);
        var keys = Staff.ClinicsWith(StaffRoles.Behandlare);
        if (keys.Count == 0) return StatusCode(StatusCodes.Status403Forbidden);
        Clinics = [.. keys.Select(k => (k, ClinicName(k))).OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
        if (ClinicKey is null || !keys.Contains(ClinicKey)) ClinicKey = Clinics[0].Key;
        var clinic = definitions.Catalog.FindClinic(ClinicKey);
        Programs = [.. library.All.Where(p => clinic is not null && p.IsUsableBy(clinic))];
        Rows = await programs.ListAsync(keys, cancellationToken);
        return null;
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
