namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>A pass-through node (Elsa exports it for composite nodes; a <c>body</c> flowchart runs first).</summary>
[Activity("Elsa.FlowNode", Pure = true, Category = "Flow", Description = "A node that passes the flow on.")]
[Outcomes(ActivityResult.Done)]
public sealed class FlowNode : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.DoneResult);
}
