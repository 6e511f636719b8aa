using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine workflow activities</c>: prints the descriptor of every activity the runtime knows (type,
/// version, category, description, inputs, outcomes) as JSON, for the designer and for authors.
/// </summary>
internal static class WorkflowActivitiesCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var command = new Command("activities", "Print the descriptors of every known activity as JSON.");
        command.SetAction(parsed =>
        {
            var registry = CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities());
            parsed.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(registry.Descriptors, Json));
            return ExitCodes.Ok;
        });
        return command;
    }
}
