namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Names the instance, for lists and logs.</summary>
[Activity("Elsa.SetName", Pure = true, Category = "Primitives", Description = "Sets the instance's name.")]
[Outcomes(ActivityResult.Done)]
public sealed class SetName : IActivity
{
    [Input(Description = "The name.")]
    public string? Value { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.InstanceName = Value;
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
