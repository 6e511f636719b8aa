using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Admin;

/// <summary>
/// Workflow incidents for administrators (lokal or regional administratör, the Admin folder's policy): the
/// faulted instances, each with its incidents, and Retry (the faulted activity again, after its cause was
/// fixed) or Cancel.
/// </summary>
public sealed partial class IncidenterModel(IWorkflowStore store, WorkflowRuntime runtime, ILogger<IncidenterModel> logger) : PageModel
{
    public const int MaxShown = 200;

    public IReadOnlyList<WorkflowInstance> Faulted { get; private set; } = [];
    [TempData] public string? Outcome { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Faulted = await store.FindFaultedAsync(MaxShown, cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(string instanceId, CancellationToken cancellationToken)
    {
        var result = await runtime.RetryAsync(instanceId, cancellationToken);
        Acted(logger, "retry", instanceId, User.Identity?.Name ?? "", result.Outcome.ToString());
        Outcome = result.Outcome switch
        {
            ResumeOutcome.Resumed when result.SubStatus == WorkflowSubStatus.Faulted => $"Instansen {instanceId} kördes igen men fick ett nytt fel.",
            ResumeOutcome.Resumed => $"Instansen {instanceId} kördes igen och fortsätter.",
            ResumeOutcome.Conflict => $"Någon annan ändrade instansen {instanceId} samtidigt. Ladda om sidan och försök igen.",
            _ => $"Instansen {instanceId} har inget fel att köra om längre.",
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(string instanceId, CancellationToken cancellationToken)
    {
        var result = await runtime.CancelAsync(instanceId, cancellationToken);
        Acted(logger, "cancel", instanceId, User.Identity?.Name ?? "", result.Outcome.ToString());
        Outcome = result.Outcome switch
        {
            ResumeOutcome.Resumed => $"Instansen {instanceId} är avbruten.",
            ResumeOutcome.Conflict => $"Någon annan ändrade instansen {instanceId} samtidigt. Ladda om sidan och försök igen.",
            _ => $"Instansen {instanceId} kunde inte avbrytas: den är redan avslutad.",
        };
        return RedirectToPage();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Incident action {Action} on workflow instance {InstanceId} by {User}: {Outcome}")]
    private static partial void Acted(ILogger logger, string action, string instanceId, string user, string outcome);
}
