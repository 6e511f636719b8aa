using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Programs;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Programs;
using FormEngine.Submissions;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Personal.Behandling;

/// <summary>
/// One resident's program for the behandlare: modules done and open, every step form sent with its answers, the
/// messages, writing to the resident and opening the next module. Reading it is access-logged (and marks the new
/// activity seen). An assignment at a clinic where the caller is not behandlare is 404; no behandlare role, 403.
/// </summary>
public sealed class BehandlingInvanareModel(StaffDirectory directory, StaffPrograms programs, DefinitionLibrary definitions, TimeProvider clock)
    : StaffPageModel(directory)
{
    public const string MessageField = "meddelande";

    [BindProperty(Name = "meddelande")] public string? Message { get; set; }
    [BindProperty(Name = "modul")] public string? ModuleKey { get; set; }

    public ProgramProgress Progress { get; private set; } = null!;
    public TreatmentProgram Program => Progress.Program;
    public string ResidentName { get; private set; } = "";
    public string ResidentPersonnummer => Progress.Assignment.ResidentPersonnummer;
    public bool ProtectedIdentity { get; private set; }
    public string? Notice { get; private set; }
    public List<PageError> Errors { get; } = [];

    public string ClinicName => definitions.Catalog.FindClinic(Progress.Assignment.ClinicKey)?.Name ?? Progress.Assignment.ClinicKey;

    public async Task<IActionResult> OnGetAsync(string assignmentId, bool tilldelat, bool skickat, bool oppnad, CancellationToken cancellationToken)
    {
        Notice = tilldelat ? "Programmet är tilldelat. Invånaren ser den första modulen när hen loggar in."
            : skickat ? "Meddelandet är skickat till invånaren."
            : oppnad ? "Modulen är öppnad för invånaren."
            : null;
        return await LoadAsync(assignmentId, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostMessageAsync(string assignmentId, CancellationToken cancellationToken)
    {
        if (await RolesAsync(cancellationToken) is not { } clinics) return StatusCode(StatusCodes.Status403Forbidden);
        var (text, error) = ProgramReads.CheckMessage(Message);
        if (error is not null)
        {
            Errors.Add(new PageError(MessageField, error));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await LoadAsync(assignmentId, cancellationToken) ?? Page();
        }
        if (!await programs.WriteAsync(Staff.HsaId, clinics, assignmentId, text!, cancellationToken)) return NotFound();
        return Redirect(BehandlingModel.For(assignmentId) + "?skickat=true");
    }

    public async Task<IActionResult> OnPostOpenModuleAsync(string assignmentId, CancellationToken cancellationToken)
    {
        if (await RolesAsync(cancellationToken) is not { } clinics) return StatusCode(StatusCodes.Status403Forbidden);
        if (!await programs.OpenModuleAsync(Staff.HsaId, clinics, assignmentId, ModuleKey ?? "", cancellationToken)) return NotFound();
        return Redirect(BehandlingModel.For(assignmentId) + "?oppnad=true");
    }

    /// <summary>The answers of a sent step, labelled by its form (the compiled version the program holds).</summary>
    public IReadOnlyList<AnswerSummary.Section> Answers(ProgramStep step, ProgramStepSubmission submission)
    {
        var answers = JsonNode.Parse(submission.Answers) as JsonObject ?? [];
        var context = new FormContext { Today = FormContext.SwedishToday(clock) };
        return AnswerSummary.Of(step.Form!, answers, context);
    }

    private async Task<IReadOnlyList<string>?> RolesAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return null;
        var clinics = Staff.ClinicsWith(StaffRoles.Behandlare);
        return clinics.Count == 0 ? null : clinics;
    }

    private async Task<IActionResult?> LoadAsync(string assignmentId, CancellationToken cancellationToken)
    {
        if (await RolesAsync(cancellationToken) is not { } clinics) return StatusCode(StatusCodes.Status403Forbidden);
        if (await programs.OpenAsync(Staff.HsaId, clinics, assignmentId, cancellationToken) is not { } opened) return NotFound();
        Progress = opened.Progress;
        ResidentName = opened.Resident?.Name ?? "Okänd invånare";
        ProtectedIdentity = opened.Resident?.ProtectedIdentity ?? false;
        return null;
    }
}
