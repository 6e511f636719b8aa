using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>The calendar-day deadline of <see cref="AwaitStaffDecision"/> (egen provhantering's 40 days).</summary>
public class AwaitStaffDecisionCalendarDaysTests
{
    private readonly ActivityTestFixture _fixture = For(new InMemoryCases()).WithInput("decisions", """["ProvsvarNegativt","Close"]""");

    public AwaitStaffDecisionCalendarDaysTests() => _fixture.Context.CorrelationId = "case-1";

    [Fact]
    public async Task Calendar_days_count_weekends_and_holidays_and_end_at_swedish_midnight()
    {
        _fixture.Context.Clock = DateTimeOffset.Parse("2026-03-20T23:30:00+01:00"); // Friday, before summer time

        var result = await _fixture.WithInput("deadlineCalendarDays", 40).ExecuteAsync<AwaitStaffDecision>();

        var timer = Assert.Single(BookmarksOf(result), b => b.ResumeAt is not null);
        Assert.Equal(AwaitStaffDecision.DeadlineBookmarkName, timer.Name);
        // 20 March + 40 days = Wednesday 29 April (Easter included); its end is midnight in summer time.
        Assert.Equal(DateTimeOffset.Parse("2026-04-30T00:00:00+02:00"), timer.ResumeAt);
    }

    [Fact]
    public async Task Calendar_days_win_over_working_days()
    {
        _fixture.Context.Clock = DateTimeOffset.Parse("2026-03-02T09:00:00+01:00");

        var result = await _fixture.WithInput("deadlineCalendarDays", 3).WithInput("deadlineWorkingDays", 10).ExecuteAsync<AwaitStaffDecision>();

        Assert.Equal(DateTimeOffset.Parse("2026-03-06T00:00:00+01:00"), Assert.Single(BookmarksOf(result), b => b.ResumeAt is not null).ResumeAt);
    }

    [Fact]
    public async Task The_calendar_deadline_completes_with_Overdue()
    {
        _fixture.Context.Clock = DateTimeOffset.Parse("2026-03-02T09:00:00+01:00");
        var result = await _fixture.WithInput("deadlineCalendarDays", 40).ExecuteAsync<AwaitStaffDecision>();
        var timer = _fixture.Stored(Assert.Single(BookmarksOf(result), b => b.ResumeAt is not null));

        var resumed = await _fixture.ResumeAsync<AwaitStaffDecision>(timer);

        Assert.Equal([AwaitStaffDecision.Overdue], OutcomesOf(resumed));
    }
}
