using FormEngine.Workflows.Cases;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>Sets the case's status (<see cref="CaseStatus"/>); an unknown status faults so that a typo never reaches a resident.</summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Sets the case's status: Inkommen, Fördelad, SvarstidPasserad, Besvarad, VäntarPåInvånare or Avslutad.")]
[Outcomes(ActivityResult.Done)]
public sealed class SetCaseStatus(ICaseStatuses statuses) : IActivity
{
    public const string TypeName = "FormEngine.SetCaseStatus";
    public const string UnknownStatus = "UnknownStatus";

    [Input(Description = "The new status.")]
    public string Status { get; set; } = "";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return CaseActivities.NoCaseFault(TypeName);
        if (!CaseStatus.IsKnown(Status))
            return ActivityResult.Fault(UnknownStatus, $"'{Status}' is not a case status ({string.Join(", ", CaseStatus.All)}).");

        await statuses.SetStatusAsync(caseId, Status, context.CancellationToken);
        return ActivityResult.DoneResult;
    }
}
