namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Raises an incident on purpose: the instance is Faulted until someone retries or cancels it.</summary>
[Activity("Elsa.Fault", Pure = true, Category = "Primitives", Description = "Faults the workflow with a code and message.")]
[Outcomes]
public sealed class Fault : IActivity
{
    [Input(Description = "The incident code.")]
    public string? Code { get; set; }

    [Input(Description = "The message.")]
    public string? Message { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Fault(string.IsNullOrEmpty(Code) ? "Fault" : Code, Message ?? "The workflow raised a fault."));
}
