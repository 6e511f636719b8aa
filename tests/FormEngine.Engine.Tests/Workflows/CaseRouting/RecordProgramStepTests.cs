using FormEngine.Programs;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class RecordProgramStepTests
{
    private readonly InMemoryProgramSteps _steps = new InMemoryProgramSteps().Add("step-1");

    private ActivityTestFixture Fixture() => new ActivityTestFixture().WithService<IProgramSteps>(_steps);

    [Fact]
    public async Task Records_the_step_named_by_the_workflow_input()
    {
        var fixture = Fixture();
        fixture.Context.Inputs["stepSubmissionId"] = "step-1";

        var result = await fixture.ExecuteAsync<RecordProgramStep>();

        Assert.Equal([ActivityResult.Done], OutcomesOf(result));
        Assert.Equal(["step-1"], _steps.Recorded);
    }

    [Fact]
    public async Task Falls_back_to_the_correlation_id()
    {
        var fixture = Fixture();
        fixture.Context.CorrelationId = "step-1";

        await fixture.ExecuteAsync<RecordProgramStep>();

        Assert.Equal(["step-1"], _steps.Recorded);
    }

    [Fact]
    public async Task An_unknown_step_leaves_by_NoSuchStep_and_records_nothing()
    {
        var fixture = Fixture();
        fixture.Context.Inputs["stepSubmissionId"] = "step-2";

        var result = await fixture.ExecuteAsync<RecordProgramStep>();

        Assert.Equal([RecordProgramStep.NoSuchStep], OutcomesOf(result));
        Assert.Empty(_steps.Recorded);
    }

    [Fact]
    public async Task Without_any_id_it_leaves_by_NoSuchStep()
    {
        var result = await Fixture().ExecuteAsync<RecordProgramStep>();

        Assert.Equal([RecordProgramStep.NoSuchStep], OutcomesOf(result));
    }
}
