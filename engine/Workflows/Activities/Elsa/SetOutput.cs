using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Sets one of the workflow's outputs.</summary>
[Activity("Elsa.SetOutput", Pure = true, Category = "Primitives", Description = "Sets a workflow output.")]
[Outcomes(ActivityResult.Done)]
public sealed class SetOutput : IActivity
{
    [Input(Description = "The output's name.")]
    public string OutputName { get; set; } = "";

    [Input(Description = "The value.")]
    public JsonNode? OutputValue { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (OutputName.Length == 0) return ValueTask.FromResult(ActivityResult.Fault("InvalidInput", "SetOutput has no output name."));
        context.SetOutput(OutputName, OutputValue?.DeepClone());
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
