using FormEngine.Host.Programs;
using FormEngine.Programs;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare.Behandling;

/// <summary>One open module: its texts, then its steps (read, fill in a form, write to the behandlare). A module not opened yet is 404.</summary>
public sealed class StodModulModel(ResidentPrograms programs) : ResidentPageModel
{
    public ProgramProgress Progress { get; private set; } = null!;
    public ProgramModule Module { get; private set; } = null!;
    public bool StepSent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string assignmentId, string moduleKey, bool skickat, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (await programs.FindAsync(Personnummer, assignmentId, cancellationToken) is not { } progress) return NotFound();
        if (progress.Program.FindModule(moduleKey) is not { } module || !progress.IsOpen(module)) return NotFound();
        (Progress, Module, StepSent) = (progress, module, skickat);
        return Page();
    }
}
