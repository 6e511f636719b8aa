using System.Text.Json.Nodes;
using ElsaEvent = FormEngine.Workflows.Activities.Elsa.Event;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;
using static FormEngine.Tests.Workflows.TestWorkflows;

namespace FormEngine.Tests.Workflows.Runtime;

/// <summary>
/// The runtime's durability and concurrency promises, run against a store. Every <see cref="IWorkflowStore"/>
/// implementation subclasses this with its own <see cref="CreateStore"/> (in memory here; SQLite and
/// PostgreSQL in the host's tests). Runtimes in one test share the store and the clock, like processes
/// sharing a database.
/// </summary>
public abstract partial class WorkflowRuntimeComplianceTests
{
    protected abstract IWorkflowStore CreateStore();

    private readonly FakeTimeProvider _clock = new(WorkflowTestHost.Epoch);

    private WorkflowTestHost Host(IWorkflowStore store) => new(store, _clock);

    private static readonly JsonObject WaitForReply = Event("Wait", "Svar");

    [Fact]
    public async Task A_workflow_waits_on_an_event_and_a_resume_by_bookmark_finishes_it()
    {
        var host = Host(CreateStore());
        var started = await host.Runtime.StartAsync(Linear("reply", 1, WriteLine("A", "före"), WaitForReply, WriteLine("B", "efter")));
        Assert.Equal(WorkflowSubStatus.Suspended, started.SubStatus);
        var bookmark = Assert.Single(await host.Store.FindBookmarksOfInstanceAsync(started.Instance!.Id));

        var resumed = await host.Runtime.ResumeAsync(bookmark.Id);

        Assert.Equal((ResumeOutcome.Resumed, WorkflowSubStatus.Finished), (resumed.Outcome, resumed.SubStatus));
        Assert.Equal(["före", "efter"], host.Output.Lines);
        Assert.Empty(await host.Store.FindBookmarksOfInstanceAsync(started.Instance.Id));
    }

    [Fact]
    public async Task Resuming_a_resumed_bookmark_is_a_no_op()
    {
        var host = Host(CreateStore());
        var started = await host.Runtime.StartAsync(Linear("reply", 1, WaitForReply, WriteLine("B", "efter")));
        var bookmarkId = started.Bookmarks[0].Id;
        await host.Runtime.ResumeAsync(bookmarkId);

        var again = await host.Runtime.ResumeAsync(bookmarkId);

        Assert.Equal(ResumeOutcome.AlreadyResumed, again.Outcome);
        Assert.Equal(["efter"], host.Output.Lines);
    }

    [Fact]
    public async Task A_stimulus_matches_on_name_and_correlation_id()
    {
        var host = Host(CreateStore());
        await host.Runtime.StartAsync(Linear("reply-1", 1, WaitForReply, WriteLine("B", "case-1 fick svar")), correlationId: "case-1");
        await host.Runtime.StartAsync(Linear("reply-2", 1, WaitForReply, WriteLine("B", "case-2 fick svar")), correlationId: "case-2");

        var result = await host.Runtime.ResumeByStimulusAsync(ElsaEvent.BookmarkName, ElsaEvent.Stimulus("Svar"), "case-2");

        Assert.Equal(ResumeOutcome.Resumed, result.Outcome);
        Assert.Equal(["case-2 fick svar"], host.Output.Lines);
    }

    [Fact]
    public async Task A_stimulus_that_arrives_before_its_bookmark_is_queued_and_delivered_when_the_bookmark_appears()
    {
        var host = Host(CreateStore());
        var early = await host.Runtime.ResumeByStimulusAsync(ElsaEvent.BookmarkName, ElsaEvent.Stimulus("Svar"), "case-1", JsonValue.Create("ja"));
        Assert.Equal(ResumeOutcome.Queued, early.Outcome);

        var started = await host.Runtime.StartAsync(Linear("reply", 1, WriteLine("A", "väntar"), WaitForReply, WriteLine("B", "fick svar")), correlationId: "case-1");

        Assert.Equal(WorkflowSubStatus.Finished, started.SubStatus);
        Assert.Equal(["väntar", "fick svar"], host.Output.Lines);
        Assert.Empty(await host.Store.FindQueuedStimuliAsync(Bookmark.HashOf(ElsaEvent.BookmarkName, ElsaEvent.Stimulus("Svar")), "case-1"));
    }

    [Fact]
    public async Task A_faulted_instance_records_an_incident_and_a_retry_continues_it()
    {
        var host = Host(CreateStore());
        var flaky = Activity("Flaky", "Elsa.WriteLine");
        flaky["text"] = new JsonObject { ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "setTries(getTries() + 1); if (getTries() < 2) throw new Error('nere'); 'uppe'" } };
        var definition = Linear("flaky", 1, flaky, WriteLine("B", "klar"));
        definition.Json["variables"] = new JsonArray(new JsonObject { ["id"] = "t", ["name"] = "Tries", ["typeName"] = "Int32", ["value"] = "0" });
        definition = WorkflowTestHost.Read(definition.Json.ToJsonString());

        var faulted = await host.Runtime.StartAsync(definition);
        var incident = Assert.Single(faulted.Incidents);
        Assert.Equal(WorkflowSubStatus.Faulted, faulted.SubStatus);
        Assert.Equal(("Flaky", "ExpressionFailed"), (incident.ActivityId, incident.Code));
        Assert.Contains("nere", incident.Exception);
        Assert.Contains(await host.Store.FindFaultedAsync(10), i => i.Id == faulted.Instance!.Id);

        var retried = await host.Runtime.RetryAsync(faulted.Instance!.Id);

        Assert.Equal(WorkflowSubStatus.Finished, retried.SubStatus);
        Assert.Equal(["uppe", "klar"], host.Output.Lines);
    }

    [Fact]
    public async Task A_cancelled_instance_keeps_no_bookmarks_and_ignores_resumes()
    {
        var host = Host(CreateStore());
        var started = await host.Runtime.StartAsync(Linear("reply", 1, WaitForReply, WriteLine("B", "efter")));

        var cancelled = await host.Runtime.CancelAsync(started.Instance!.Id);

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Cancelled), (cancelled.Status, cancelled.SubStatus));
        Assert.Empty(await host.Store.FindBookmarksOfInstanceAsync(started.Instance.Id));
        Assert.Equal(ResumeOutcome.AlreadyResumed, (await host.Runtime.ResumeAsync(started.Bookmarks[0].Id)).Outcome);
        Assert.Empty(host.Output.Lines);
    }
}
