namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Completes the flowchart it is in; at the root, the workflow finishes.</summary>
[Activity("Elsa.End", Pure = true, Category = "Flow", Description = "Ends the flowchart.")]
[Outcomes]
public sealed class End : ITerminalActivity
{
    public bool FinishesWorkflow => false;

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult<ActivityResult>(new ActivityResult.Completed([]));
}
