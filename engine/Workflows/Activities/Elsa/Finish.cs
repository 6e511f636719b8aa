namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Finishes the whole workflow at once, from any depth, and removes every bookmark.</summary>
[Activity("Elsa.Finish", Pure = true, Category = "Flow", Description = "Finishes the workflow and cancels what still waits.")]
[Outcomes]
public sealed class Finish : ITerminalActivity
{
    public bool FinishesWorkflow => true;

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult<ActivityResult>(new ActivityResult.Completed([]));
}
