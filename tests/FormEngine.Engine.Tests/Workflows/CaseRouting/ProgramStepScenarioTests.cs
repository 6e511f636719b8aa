using System.Text.Json.Nodes;
using FormEngine.Programs;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Definitions.Validation;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// definitions/workflows/program-step.json on the real runtime with <see cref="InMemoryProgramSteps"/>: a sent
/// treatment-program step is recorded for the behandlare and the instance finishes; an unknown step finishes
/// without recording anything. Nothing waits and no case is touched.
/// </summary>
public class ProgramStepScenarioTests
{
    private static readonly string File = Path.Combine(RepositoryRoot.Path, "definitions/workflows/program-step.json");

    private readonly InMemoryProgramSteps _steps = new InMemoryProgramSteps().Add("step-1");

    private async Task<WorkflowInstance> RunAsync(string stepSubmissionId)
    {
        var services = new WorkflowServices().Add<IProgramSteps>(_steps);
        var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities()), services,
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(1))));
        var inputs = new JsonObject
        {
            ["stepSubmissionId"] = stepSubmissionId, ["assignmentId"] = "a-1", ["programKey"] = "stress-kbt",
            ["moduleKey"] = "psykoedukation", ["stepKey"] = "stresskattning", ["clinicKey"] = "vc-eksjo",
        };
        return (await runtime.StartAsync(WorkflowTestHost.ReadFile(File), inputs, stepSubmissionId)).Instance!;
    }

    [Fact]
    public void The_workflow_validator_reports_nothing() =>
        Assert.Empty(new WorkflowValidator().Validate(File, System.IO.File.ReadAllText(File)).Diagnostics);

    [Fact]
    public async Task A_sent_step_is_recorded_and_the_instance_finishes()
    {
        var instance = await RunAsync("step-1");

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(["step-1"], _steps.Recorded);
    }

    [Fact]
    public async Task An_unknown_step_finishes_without_recording_anything()
    {
        var instance = await RunAsync("step-2");

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Empty(_steps.Recorded);
    }
}
