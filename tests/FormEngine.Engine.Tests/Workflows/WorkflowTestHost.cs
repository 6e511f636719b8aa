using FormEngine.Diagnostics;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Tests.Workflows;

/// <summary>A runtime on a given store with a fake clock and collected WriteLine output: what the workflow tests run against.</summary>
public sealed class WorkflowTestHost
{
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public WorkflowTestHost(IWorkflowStore? store = null, FakeTimeProvider? clock = null, IServiceProvider? services = null)
    {
        Store = store ?? new InMemoryWorkflowStore();
        Clock = clock ?? new FakeTimeProvider(Epoch);
        Runtime = new WorkflowRuntime(Store, ActivityRegistry.WithElsaActivities(), services ?? new WorkflowServices().Add<IWorkflowOutput>(Output), Clock);
    }

    public IWorkflowStore Store { get; }
    public FakeTimeProvider Clock { get; }
    public CollectingWorkflowOutput Output { get; } = new();
    public WorkflowRuntime Runtime { get; }

    public static WorkflowDefinition Read(string json, string file = "test.json")
    {
        var diagnostics = new DiagnosticBag();
        var definition = WorkflowDefinitionReader.Read(file, json, diagnostics);
        Assert.True(definition is not null, string.Join("\n", diagnostics.Items));
        return definition!;
    }

    public static WorkflowDefinition ReadFile(string path) => Read(File.ReadAllText(path), path);
}
