namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Where the flowchart begins; does nothing itself.</summary>
[Activity("Elsa.Start", Pure = true, Category = "Flow", Description = "The start of the workflow.")]
[Outcomes(ActivityResult.Done)]
public sealed class Start : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.DoneResult);
}
