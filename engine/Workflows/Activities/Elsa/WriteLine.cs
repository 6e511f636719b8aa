namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Writes a line of text to the runtime's output (the CLI's stdout, a test's list, the host's log).</summary>
[Activity("Elsa.WriteLine", Category = "Console", Description = "Writes a line of text.")]
[Outcomes(ActivityResult.Done)]
public sealed class WriteLine(IWorkflowOutput output) : IActivity
{
    [Input(Description = "The text.")]
    public string? Text { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        output.WriteLine(Text ?? "");
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
