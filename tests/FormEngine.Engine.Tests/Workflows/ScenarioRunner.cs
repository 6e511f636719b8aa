using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities.Elsa;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows;

/// <summary>
/// Runs a scenario folder: <c>workflow.json</c>, optional <c>inputs.json</c> (the inputs; <c>$correlationId</c>
/// sets the correlation id) and optional <c>resume.json</c>, a list of steps applied in order:
/// <c>{"event": name, "correlationId"?, "input"?}</c>, <c>{"task": name, "input"?}</c>, <c>{"bookmark": name, "input"?}</c>,
/// <c>{"advance": "hh:mm:ss"}</c> (fake clock, then due timers), <c>{"retry": true}</c>, <c>{"cancel": true}</c>,
/// and <c>{"status"|"outputs"|"name": true}</c> to print where the instance is. The result is what the CLI prints:
/// WriteLine lines and the printed lines in order, then the final status line.
/// </summary>
public static class ScenarioRunner
{
    public static async Task<string> RunAsync(string folder)
    {
        var host = new WorkflowTestHost();
        var lines = new List<string>();
        var definition = WorkflowTestHost.ReadFile(Path.Combine(folder, "workflow.json"));
        var inputs = File.Exists(Path.Combine(folder, "inputs.json")) ? JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "inputs.json")))!.AsObject() : [];
        var correlationId = inputs["$correlationId"]?.GetValue<string>();
        inputs.Remove("$correlationId");
        var instanceId = (await host.Runtime.StartAsync(definition, inputs, correlationId)).Instance!.Id;
        var steps = File.Exists(Path.Combine(folder, "resume.json")) ? JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "resume.json")))!.AsArray() : [];
        var written = 0;
        void Flush() { var all = host.Output.Lines; lines.AddRange(all.Skip(written)); written = all.Count; }
        foreach (var step in steps.OfType<JsonObject>())
        {
            Flush();
            var instance = (await host.Store.FindInstanceAsync(instanceId))!;
            var input = step["input"]?.DeepClone();
            if (step["event"] is { } name)
                await host.Runtime.ResumeByStimulusAsync(Event.BookmarkName, Event.Stimulus(name.GetValue<string>()), step["correlationId"]?.GetValue<string>() ?? instance.CorrelationId, input);
            else if (step["task"] is { } task)
                await host.Runtime.ResumeByStimulusAsync(RunTask.BookmarkName, RunTask.Stimulus(task.GetValue<string>()), instance.CorrelationId, input);
            else if (step["bookmark"] is { } bookmark)
                await host.Runtime.ResumeAsync(WorkflowState.FromJson(instance.State).Bookmarks.First(b => b.Name == bookmark.GetValue<string>()).Id, input);
            else if (step["advance"] is { } advance)
            {
                host.Clock.Advance(TimeSpan.Parse(advance.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
                await host.Runtime.RunDueTimersAsync(host.Clock.GetUtcNow());
            }
            else if (step["retry"] is not null) await host.Runtime.RetryAsync(instanceId);
            else if (step["cancel"] is not null) await host.Runtime.CancelAsync(instanceId);
            else if (step["status"] is not null) lines.Add(StatusLine.Of(instance));
            else if (step["outputs"] is not null) lines.Add("outputs: " + WorkflowState.FromJson(instance.State).Outputs.ToJsonString());
            else if (step["name"] is not null) lines.Add("name: " + instance.Name);
            else throw new InvalidOperationException($"Unknown scenario step {step.ToJsonString()} in {folder}.");
        }
        Flush();
        lines.Add(StatusLine.Of((await host.Store.FindInstanceAsync(instanceId))!));
        return string.Join("\n", lines) + "\n";
    }
}
