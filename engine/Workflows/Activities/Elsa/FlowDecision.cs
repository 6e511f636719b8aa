namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Goes one of two ways.</summary>
[Activity("Elsa.FlowDecision", Pure = true, Category = "Branching", Description = "Continues on True or False depending on a condition.")]
[Outcomes(True, False)]
public sealed class FlowDecision : IActivity
{
    public const string True = "True";
    public const string False = "False";

    [Input(Description = "The condition to test.")]
    public bool Condition { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Outcome(Condition ? True : False));
}
