using FormEngine.Host.Definitions;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Programs;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare.Behandling;

/// <summary>
/// One program: its modules (only the open ones can be opened), the messages with the behandlare and writing to
/// them. Another resident's program is 404.
/// </summary>
public sealed class StodProgramModel(ResidentPrograms programs, DefinitionLibrary definitions) : ResidentPageModel
{
    public const string MessageField = "meddelande";

    [BindProperty(Name = "meddelande")] public string? Message { get; set; }

    public ProgramProgress Progress { get; private set; } = null!;
    public bool Sent { get; private set; }
    public List<PageError> Errors { get; } = [];

    public string ClinicName => definitions.Catalog.FindClinic(Progress.Assignment.ClinicKey)?.Name ?? Progress.Assignment.ClinicKey;

    public async Task<IActionResult> OnGetAsync(string assignmentId, bool skickat, CancellationToken cancellationToken)
    {
        Sent = skickat;
        return await LoadAsync(assignmentId, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(string assignmentId, CancellationToken cancellationToken)
    {
        var (text, error) = ProgramReads.CheckMessage(Message);
        if (error is not null)
        {
            Errors.Add(new PageError(MessageField, error));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await LoadAsync(assignmentId, cancellationToken) ?? Page();
        }
        var signedIn = User.SignedInPersonnummer() ?? Personnummer;
        if (!await programs.WriteAsync(Personnummer, signedIn, assignmentId, text!, cancellationToken)) return NotFound();
        return Redirect(ProgramUrls.Program(assignmentId) + "?skickat=true#meddelanden");
    }

    private async Task<IActionResult?> LoadAsync(string assignmentId, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (await programs.FindAsync(Personnummer, assignmentId, cancellationToken) is not { } progress) return NotFound();
        Progress = progress;
        return null;
    }
}
