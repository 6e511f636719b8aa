namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Continues on every named branch at once.</summary>
[Activity("Elsa.FlowFork", Pure = true, Category = "Branching", Description = "Splits the flow into the named branches.")]
[Outcomes(FromInput = "branches")]
public sealed class FlowFork : IActivity
{
    [Input(Description = "The branch names (a list, or comma-separated).", LiteralOnly = true)]
    public string[] Branches { get; set; } = [];

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Outcome(Branches));
}
