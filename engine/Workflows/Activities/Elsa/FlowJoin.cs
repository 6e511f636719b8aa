namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>
/// Merges branches. When it runs is the scheduler's decision, by <see cref="Mode"/>; running it only passes on.
/// </summary>
[Activity("Elsa.FlowJoin", Pure = true, Category = "Branching", Description = "Waits for any or all inbound branches.")]
[Outcomes(ActivityResult.Done)]
public sealed class FlowJoin : IJoinActivity
{
    [Input(Description = "WaitAny, WaitAll or WaitAllActive.")]
    public JoinMode Mode { get; set; } = JoinMode.WaitAny;

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.DoneResult);
}
