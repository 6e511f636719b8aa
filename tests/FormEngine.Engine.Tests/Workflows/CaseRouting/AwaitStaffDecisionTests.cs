using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Runtime;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class AwaitStaffDecisionTests
{
    private const string Offered = """["Answered","AskResident","Forward","Close"]""";

    private readonly ActivityTestFixture _fixture = For(new InMemoryCases()).WithInput("decisions", Offered);

    public AwaitStaffDecisionTests() => _fixture.Context.CorrelationId = "case-1";

    [Fact]
    public async Task Suspends_on_a_decision_bookmark_that_lists_the_offered_decisions()
    {
        var result = await _fixture.ExecuteAsync<AwaitStaffDecision>();

        var bookmark = Assert.Single(BookmarksOf(result));
        Assert.Equal(AwaitStaffDecision.TypeName, bookmark.Name);
        Assert.Equal("""{"caseId":"case-1"}""", bookmark.Stimulus!.ToJsonString());
        Assert.Equal(["Answered", "AskResident", "Forward", "Close"], bookmark.Payload!["decisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Null(bookmark.ResumeAt);
    }

    [Fact]
    public async Task A_deadline_adds_a_timer_at_the_end_of_the_last_swedish_working_day()
    {
        _fixture.Context.Clock = DateTimeOffset.Parse("2026-04-02T14:00:00+02:00"); // skärtorsdagen

        var result = await _fixture.WithInput("deadlineWorkingDays", 2).ExecuteAsync<AwaitStaffDecision>();

        var bookmarks = BookmarksOf(result);
        var timer = Assert.Single(bookmarks, b => b.ResumeAt is not null);
        Assert.Equal(AwaitStaffDecision.DeadlineBookmarkName, timer.Name);
        // Easter: Tuesday 7 and Wednesday 8 April are the two working days; the deadline is that midnight.
        Assert.Equal(DateTimeOffset.Parse("2026-04-09T00:00:00+02:00"), timer.ResumeAt);
        Assert.Equal("2026-04-09T00:00:00.0000000+02:00", bookmarks[0].Payload!["deadline"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Answered")]
    [InlineData("AskResident")]
    [InlineData("Forward")]
    [InlineData("Close")]
    public async Task Resuming_with_an_offered_decision_completes_with_it(string decision)
    {
        var bookmark = await SuspendAsync();

        var result = await _fixture.ResumeAsync<AwaitStaffDecision>(bookmark, new JsonObject { ["decision"] = decision, ["by"] = "SE2321000016-1234" });

        Assert.Equal([decision], OutcomesOf(result));
    }

    [Fact]
    public async Task The_timer_completes_with_Overdue()
    {
        var suspended = await _fixture.WithInput("deadlineWorkingDays", 1).ExecuteAsync<AwaitStaffDecision>();
        var timer = _fixture.Stored(BookmarksOf(suspended).Single(b => b.ResumeAt is not null));

        var result = await _fixture.ResumeAsync<AwaitStaffDecision>(timer);

        Assert.Equal([AwaitStaffDecision.Overdue], OutcomesOf(result));
    }

    [Theory]
    [InlineData("Forward ")]
    [InlineData("answered")]
    [InlineData("Overdue")]
    public async Task A_decision_that_was_not_offered_faults(string decision)
    {
        var bookmark = await SuspendAsync();

        var result = await _fixture.ResumeAsync<AwaitStaffDecision>(bookmark, new JsonObject { ["decision"] = decision, ["by"] = "hsa-1" });

        Assert.Equal(AwaitStaffDecision.DecisionNotOffered, FaultCodeOf(result));
    }

    [Fact]
    public async Task A_decision_without_who_took_it_faults()
    {
        var bookmark = await SuspendAsync();

        var result = await _fixture.ResumeAsync<AwaitStaffDecision>(bookmark, new JsonObject { ["decision"] = "Close" });

        Assert.Equal(AwaitStaffDecision.DecisionWithoutStaff, FaultCodeOf(result));
    }

    [Fact]
    public async Task The_decision_input_is_kept_in_the_named_variable()
    {
        _fixture.WithInput("decisionVariable", "StaffDecision");
        var bookmark = await SuspendAsync();
        var input = new JsonObject { ["decision"] = "Forward", ["by"] = "hsa-1", ["clinic"] = "vc-syd", ["queue"] = "inkorg-syd" };

        await _fixture.ResumeAsync<AwaitStaffDecision>(bookmark, input);

        Assert.Equal(input.ToJsonString(), _fixture.Context.Variables["StaffDecision"]!.ToJsonString());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""["Answered","Overdue"]""")]
    public async Task Offering_no_decisions_or_the_reserved_Overdue_faults(string decisions)
    {
        var result = await _fixture.WithInput("decisions", decisions).ExecuteAsync<AwaitStaffDecision>();

        Assert.Equal(AwaitStaffDecision.NoDecisions, FaultCodeOf(result));
    }

    [Fact]
    public async Task Without_a_case_it_faults()
    {
        _fixture.Context.CorrelationId = null;
        _fixture.Context.Inputs.Remove("caseId");

        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(await _fixture.ExecuteAsync<AwaitStaffDecision>()));
    }

    private async Task<Bookmark> SuspendAsync() => _fixture.BookmarkFrom(await _fixture.ExecuteAsync<AwaitStaffDecision>());
}
