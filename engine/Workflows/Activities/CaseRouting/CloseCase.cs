using FormEngine.Workflows.Cases;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>Closes the case (status Avslutad) with a reason for the audit trail and statistics.</summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Closes the case with a reason.")]
[Outcomes(ActivityResult.Done)]
public sealed class CloseCase(ICaseClosing closing) : IActivity
{
    public const string TypeName = "FormEngine.CloseCase";
    public const string NoReason = "NoReason";

    [Input(Description = "Why the case is closed, e.g. \"Besvarat\" or \"Inget svar från invånaren\".")]
    public string Reason { get; set; } = "";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return CaseActivities.NoCaseFault(TypeName);
        if (string.IsNullOrWhiteSpace(Reason))
            return ActivityResult.Fault(NoReason, $"{TypeName} '{context.ActivityId}' needs a reason.");

        await closing.CloseAsync(caseId, Reason.Trim(), context.CancellationToken);
        return ActivityResult.DoneResult;
    }
}
