using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.Elsa;
using FormEngine.Workflows.Runtime;
using Timer = FormEngine.Workflows.Activities.Elsa.Timer;

namespace FormEngine.Tests.Workflows.Activities;

public sealed class WaitingActivityTests
{
    private readonly ActivityTestFixture _fixture = new();

    [Fact]
    public async Task Delay_waits_on_a_timer_then_completes_Done()
    {
        var suspended = await _fixture.WithInput("timeSpan", "00:00:05").ExecuteAsync<Delay>();
        var bookmark = _fixture.BookmarkFrom(suspended);
        Assert.Equal(WorkflowTestHost.Epoch.AddSeconds(5), bookmark.ResumeAt);
        Assert.Equal(ActivityResult.DoneResult, await _fixture.ResumeAsync<Delay>(bookmark));
    }

    [Fact]
    public async Task Delay_of_nothing_completes_at_once() =>
        Assert.Equal(ActivityResult.DoneResult, await _fixture.WithInput("timeSpan", "00:00:00").ExecuteAsync<Delay>());

    [Fact]
    public async Task Timer_fires_once_after_its_interval()
    {
        var bookmark = _fixture.BookmarkFrom(await _fixture.WithInput("interval", "PT1H").ExecuteAsync<Timer>());
        Assert.Equal(WorkflowTestHost.Epoch.AddHours(1), bookmark.ResumeAt);
        Assert.Equal(ActivityResult.DoneResult, await _fixture.ResumeAsync<Timer>(bookmark));
    }

    [Fact]
    public async Task StartAt_waits_for_a_future_moment_and_passes_a_past_one()
    {
        var future = _fixture.BookmarkFrom(await _fixture.WithInput("dateTime", "2026-03-03T08:00:00Z").ExecuteAsync<StartAt>());
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), future.ResumeAt);
        Assert.Equal(ActivityResult.DoneResult, await _fixture.ResumeAsync<StartAt>(future));
        Assert.Equal(ActivityResult.DoneResult, await new ActivityTestFixture().WithInput("dateTime", "2020-01-01T00:00:00Z").ExecuteAsync<StartAt>());
    }

    [Fact]
    public async Task Event_waits_for_its_name_and_passes_the_payload_on()
    {
        _fixture.Context.CorrelationId = "case-1";
        var bookmark = _fixture.BookmarkFrom(await _fixture.WithInput("eventName", "Svar").ExecuteAsync<Event>());
        Assert.Equal(Bookmark.HashOf(Event.BookmarkName, Event.Stimulus("Svar")), bookmark.Hash);
        Assert.Equal("case-1", bookmark.CorrelationId);
        Assert.Equal(ActivityResult.DoneResult, await _fixture.ResumeAsync<Event>(bookmark, new JsonObject { ["ok"] = true }));
        Assert.True(_fixture.Context.ActivityOutputs["result"]!["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PublishEvent_publishes_with_the_instances_correlation_by_default()
    {
        _fixture.Context.CorrelationId = "case-2";
        Assert.Equal(ActivityResult.DoneResult, await _fixture.WithInput("eventName", "Klar").WithInput("payload", new JsonObject { ["n"] = 1 }).ExecuteAsync<PublishEvent>());
        var published = Assert.Single(_fixture.Published);
        Assert.Equal(("Klar", "case-2"), (published.EventName, published.CorrelationId));
        Assert.IsType<ActivityResult.Faulted>(await new ActivityTestFixture().ExecuteAsync<PublishEvent>());
    }

    [Fact]
    public async Task RunTask_waits_for_the_task_and_returns_its_result()
    {
        var bookmark = _fixture.BookmarkFrom(await _fixture.WithInput("taskName", "Granska").WithInput("payload", "underlag").ExecuteAsync<RunTask>());
        Assert.Equal(Bookmark.HashOf(RunTask.BookmarkName, RunTask.Stimulus("Granska")), bookmark.Hash);
        Assert.Equal("underlag", bookmark.Payload!["payload"]!.GetValue<string>());
        Assert.Equal(ActivityResult.DoneResult, await _fixture.ResumeAsync<RunTask>(bookmark, JsonValue.Create("godkänt")));
        Assert.Equal("godkänt", _fixture.Context.ActivityOutputs["result"]!.GetValue<string>());
    }
}
