using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Cli.Input;
using FormEngine.Diagnostics;
using FormEngine.Programs;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Definitions.Validation;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine workflow run FILE [--input NAME=VALUE]...</c>: runs an Elsa 3 workflow in memory until it
/// finishes or waits. Stdout: one line per WriteLine, then <c>status: ...</c>. Exit 0 finished or suspended,
/// 1 faulted or an invalid definition, 2 usage or I/O problems.
/// </summary>
internal static class WorkflowRunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The workflow definition (Elsa 3 JSON)." };
        var inputs = new Option<string[]>("--input")
        {
            Description = "A workflow input, NAME=VALUE (VALUE as JSON when it parses, else as text). Repeatable.",
            HelpName = "NAME=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var run = new Command("run", "Run a workflow in memory until it finishes or waits.") { file, inputs };
        run.SetAction(parsed =>
        {
            var (stdout, stderr) = (parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
            var path = parsed.GetValue(file)!;
            var workflowInputs = ParseInputs(parsed.GetValue(inputs) ?? []);
            var json = CliFiles.ReadText(path, "The workflow file");
            var validation = new WorkflowValidator().Validate(path, json);
            CliFiles.Report(validation.Diagnostics, stderr);
            if (validation.HasErrors) return ExitCodes.Invalid;
            var diagnostics = new DiagnosticBag();
            var definition = WorkflowDefinitionReader.Read(path, json, diagnostics);
            if (definition is null) { CliFiles.Report(diagnostics.Sorted(), stderr); return ExitCodes.Invalid; }
            var output = new CollectingWorkflowOutput();
            var cases = DemoCases(workflowInputs);
            var services = new WorkflowServices().Add<IWorkflowOutput>(output)
                .Add<ICaseQueues>(cases).Add<ICaseStatuses>(cases).Add<IResidentMessages>(cases).Add<INotificationOutbox>(cases).Add<ICaseClosing>(cases)
                .Add<IProgramSteps>(DemoSteps(workflowInputs))
                .Add<IListingChanges>(new InMemoryListingChanges());
            var registry = CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities());
            var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), registry, services);
            var result = runtime.StartAsync(definition, workflowInputs).GetAwaiter().GetResult();
            foreach (var line in output.Lines) stdout.WriteLine(line);
            stdout.WriteLine(StatusLine.Of(result.Instance!));
            return result.Instance!.SubStatus == WorkflowSubStatus.Faulted ? ExitCodes.Invalid : ExitCodes.Ok;
        });
        return new Command("workflow", "Work with Elsa 3 workflow definitions.") { run, WorkflowActivitiesCommand.Create() };
    }

    /// <summary>
    /// Case activities run against an in-memory stand-in: the case named by the input <c>caseId</c> belongs to the
    /// clinic <c>clinicKey</c> (default "demo"), whose default queue is "inkorg".
    /// </summary>
    private static InMemoryCases DemoCases(JsonObject inputs)
    {
        var clinic = inputs["clinicKey"]?.ToString() is { Length: > 0 } key ? key : "demo";
        var cases = new InMemoryCases().AddClinic(clinic, "inkorg");
        if (inputs["caseId"]?.ToString() is { Length: > 0 } caseId) cases.AddCase(caseId, clinic);
        return cases;
    }

    /// <summary>The treatment-program step named by the input <c>stepSubmissionId</c> exists, so program-step.json runs through.</summary>
    private static InMemoryProgramSteps DemoSteps(JsonObject inputs)
    {
        var steps = new InMemoryProgramSteps();
        if (inputs["stepSubmissionId"]?.ToString() is { Length: > 0 } id) steps.Add(id);
        return steps;
    }

    private static JsonObject ParseInputs(IEnumerable<string> pairs)
    {
        var result = new JsonObject();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw CommandFailedException.Usage($"--input '{pair}' is not NAME=VALUE.");
            result[pair[..equals]] = ValueOf(pair[(equals + 1)..]);
        }
        return result;
    }

    private static JsonNode? ValueOf(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
