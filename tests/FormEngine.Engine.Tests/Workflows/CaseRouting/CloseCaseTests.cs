using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class CloseCaseTests
{
    private readonly InMemoryCases _cases = new();

    [Fact]
    public async Task Closes_the_case_with_the_reason()
    {
        var result = await For(_cases).WithInput("reason", CaseClosingReason.Answered).ExecuteAsync<CloseCase>();

        Assert.Equal([ActivityResult.Done], OutcomesOf(result));
        var closed = _cases.Find("case-1")!;
        Assert.Equal((CaseStatus.Avslutad, CaseClosingReason.Answered), (closed.Status, closed.ClosedReason));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_reason_it_faults_and_leaves_the_case_open(string reason)
    {
        var result = await For(_cases).WithInput("reason", reason).ExecuteAsync<CloseCase>();

        Assert.Equal(CloseCase.NoReason, FaultCodeOf(result));
        Assert.Null(_cases.Find("case-1"));
    }

    [Fact]
    public async Task Without_a_case_it_faults() =>
        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(await For(_cases, caseId: null).WithInput("reason", "x").ExecuteAsync<CloseCase>()));
}
