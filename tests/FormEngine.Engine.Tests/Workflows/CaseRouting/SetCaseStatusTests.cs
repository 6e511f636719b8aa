using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class SetCaseStatusTests
{
    private readonly InMemoryCases _cases = new();

    [Theory]
    [InlineData(CaseStatus.Inkommen)]
    [InlineData(CaseStatus.Fördelad)]
    [InlineData(CaseStatus.SvarstidPasserad)]
    [InlineData(CaseStatus.Besvarad)]
    [InlineData(CaseStatus.VäntarPåInvånare)]
    [InlineData(CaseStatus.Avslutad)]
    public async Task Sets_a_known_status(string status)
    {
        var result = await For(_cases).WithInput("status", status).ExecuteAsync<SetCaseStatus>();

        Assert.Equal([ActivityResult.Done], OutcomesOf(result));
        Assert.Equal(status, _cases.Find("case-1")!.Status);
    }

    [Theory]
    [InlineData("Avslutat")]
    [InlineData("inkommen")]
    [InlineData("")]
    public async Task An_unknown_status_faults_and_changes_nothing(string status)
    {
        var result = await For(_cases).WithInput("status", status).ExecuteAsync<SetCaseStatus>();

        Assert.Equal(SetCaseStatus.UnknownStatus, FaultCodeOf(result));
        Assert.Empty(_cases.Events);
    }

    [Fact]
    public async Task Without_a_case_it_faults() =>
        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(await For(_cases, caseId: null).WithInput("status", CaseStatus.Inkommen).ExecuteAsync<SetCaseStatus>()));
}
