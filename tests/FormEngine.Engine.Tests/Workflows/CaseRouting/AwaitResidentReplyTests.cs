using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class AwaitResidentReplyTests
{
    private readonly ActivityTestFixture _fixture = For(new InMemoryCases(), caseId: null);

    public AwaitResidentReplyTests() => _fixture.Context.CorrelationId = "case-7";

    [Fact]
    public async Task Without_a_deadline_it_waits_on_the_reply_bookmark_only()
    {
        var result = await _fixture.ExecuteAsync<AwaitResidentReply>();

        var bookmark = Assert.Single(BookmarksOf(result));
        Assert.Equal((AwaitResidentReply.TypeName, """{"caseId":"case-7"}""", (DateTimeOffset?)null),
            (bookmark.Name, bookmark.Stimulus!.ToJsonString(), bookmark.ResumeAt));
    }

    [Fact]
    public async Task A_reply_completes_with_Replied()
    {
        var suspended = await _fixture.WithInput("deadlineWorkingDays", 10).ExecuteAsync<AwaitResidentReply>();
        var reply = _fixture.Stored(BookmarksOf(suspended).Single(b => b.ResumeAt is null));

        var result = await _fixture.ResumeAsync<AwaitResidentReply>(reply, new JsonObject { ["messageId"] = "msg-9" });

        Assert.Equal([AwaitResidentReply.Replied], OutcomesOf(result));
    }

    [Fact]
    public async Task The_deadline_timer_completes_with_Overdue()
    {
        _fixture.Context.Clock = DateTimeOffset.Parse("2026-12-22T09:00:00+01:00");
        var suspended = await _fixture.WithInput("deadlineWorkingDays", 3).ExecuteAsync<AwaitResidentReply>();
        var timer = BookmarksOf(suspended).Single(b => b.ResumeAt is not null);
        // 23 December, then 28 and 29 (julafton to annandag jul and the weekend are days off).
        Assert.Equal(DateTimeOffset.Parse("2026-12-30T00:00:00+01:00"), timer.ResumeAt);

        var result = await _fixture.ResumeAsync<AwaitResidentReply>(_fixture.Stored(timer));

        Assert.Equal([AwaitResidentReply.Overdue], OutcomesOf(result));
    }

    [Fact]
    public async Task Without_a_case_it_faults()
    {
        _fixture.Context.CorrelationId = null;

        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(await _fixture.ExecuteAsync<AwaitResidentReply>()));
    }
}
