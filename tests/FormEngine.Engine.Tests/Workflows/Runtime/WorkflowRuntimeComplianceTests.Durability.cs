using FormEngine.Workflows.Runtime;
using static FormEngine.Tests.Workflows.TestWorkflows;

namespace FormEngine.Tests.Workflows.Runtime;

/// <summary>Crashes, restarts, races and new versions: what Elsa's users report going wrong.</summary>
public abstract partial class WorkflowRuntimeComplianceTests
{
    [Fact]
    public async Task A_runtime_that_dies_mid_run_is_continued_by_another_with_nothing_lost_or_done_twice()
    {
        var store = CreateStore();
        var definition = Linear("four", 1, WriteLine("A", "1"), WriteLine("B", "2"), WriteLine("C", "3"), WriteLine("D", "4"));
        // Commits: the start, after "1", after "2" - then the process dies.
        var dying = Host(new CrashingStore(store, commitsBeforeCrash: 3));
        await Assert.ThrowsAsync<CrashingStore.ProcessDied>(() => dying.Runtime.StartAsync(definition));
        var interrupted = Assert.Single(await store.FindInterruptedAsync(10));

        var survivor = Host(store);
        var recovered = Assert.Single(await survivor.Runtime.RecoverAsync(_clock.GetUtcNow()));

        Assert.Equal(["1", "2"], dying.Output.Lines);
        Assert.Equal(["3", "4"], survivor.Output.Lines);
        Assert.Equal((interrupted.Id, WorkflowSubStatus.Finished), (recovered.Instance!.Id, recovered.SubStatus));
        Assert.Empty(await store.FindInterruptedAsync(10));
    }

    [Fact]
    public async Task A_run_of_pure_activities_to_a_bookmark_costs_two_commits_the_new_instance_and_the_suspension()
    {
        var definition = Linear("pure", 1,
            Activity("V1", "Elsa.SetName", ("value", "ett")), Activity("V2", "Elsa.SetName", ("value", "två")), Event("Wait", "Svar"));

        var third = await Host(new CrashingStore(CreateStore(), commitsBeforeCrash: 3)).Runtime.StartAsync(definition);
        var second = await Record.ExceptionAsync(() => Host(new CrashingStore(CreateStore(), commitsBeforeCrash: 2)).Runtime.StartAsync(definition));

        Assert.Equal(WorkflowSubStatus.Suspended, third.SubStatus); // never reached a third commit
        Assert.IsType<CrashingStore.ProcessDied>(second);            // but did make a second
    }

    /// <summary>
    /// Pure activities (flow, variables) share commits; effects get one before and after. Whatever commit the
    /// process dies after, every effect happens exactly once across the dying runtime and the survivor.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Wherever_the_process_dies_each_effect_happens_exactly_once(int commitsBeforeCrash)
    {
        var store = CreateStore();
        var definition = Linear("mixed", 1,
            Activity("V1", "Elsa.SetName", ("value", "ett")), WriteLine("A", "1"),
            Activity("V2", "Elsa.SetName", ("value", "två")), Activity("V3", "Elsa.SetName", ("value", "tre")),
            WriteLine("B", "2"), Activity("V4", "Elsa.SetName", ("value", "fyra")));
        var dying = Host(new CrashingStore(store, commitsBeforeCrash));
        var crashed = await Record.ExceptionAsync(() => dying.Runtime.StartAsync(definition));

        var survivor = Host(store);
        if (crashed is not null) await survivor.Runtime.RecoverAsync(_clock.GetUtcNow());

        Assert.Equal(["1", "2"], dying.Output.Lines.Concat(survivor.Output.Lines));
        Assert.Empty(await store.FindInterruptedAsync(10));
    }

    [Fact]
    public async Task A_runtime_that_dies_right_after_claiming_a_bookmark_leaves_the_resume_to_recovery()
    {
        var store = CreateStore();
        var started = await Host(store).Runtime.StartAsync(Linear("reply", 1, Event("Wait", "Svar"), WriteLine("B", "efter")));
        var dying = Host(new CrashingStore(store, commitsBeforeCrash: 1));
        await Assert.ThrowsAsync<CrashingStore.ProcessDied>(() => dying.Runtime.ResumeAsync(started.Bookmarks[0].Id));

        var survivor = Host(store);
        Assert.Equal(ResumeOutcome.AlreadyResumed, (await survivor.Runtime.ResumeAsync(started.Bookmarks[0].Id)).Outcome);
        await survivor.Runtime.RecoverAsync(_clock.GetUtcNow());

        Assert.Empty(dying.Output.Lines);
        Assert.Equal(["efter"], survivor.Output.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, (await store.FindInstanceAsync(started.Instance!.Id))!.SubStatus);
    }

    [Fact]
    public async Task Recovery_leaves_alone_an_instance_that_was_updated_recently()
    {
        var store = CreateStore();
        var dying = Host(new CrashingStore(store, commitsBeforeCrash: 1));
        await Assert.ThrowsAsync<CrashingStore.ProcessDied>(() => dying.Runtime.StartAsync(Linear("two", 1, WriteLine("A", "1"), WriteLine("B", "2"))));

        Assert.Empty(await Host(store).Runtime.RecoverAsync(_clock.GetUtcNow().AddMinutes(-1)));
    }

    [Fact]
    public async Task Timers_survive_a_restart_and_past_due_ones_fire_at_once()
    {
        var store = CreateStore();
        var started = await Host(store).Runtime.StartAsync(Linear("delay", 1, Delay("Wait", "00:05:00"), WriteLine("B", "efter")));
        Assert.Equal(WorkflowTestHost.Epoch.AddMinutes(5), started.Bookmarks[0].ResumeAt);
        _clock.Advance(TimeSpan.FromHours(2)); // the process was down meanwhile

        var restarted = Host(store);
        using var stop = new CancellationTokenSource();
        var loop = TimerLoop.RunAsync(restarted.Runtime, _clock, TimeSpan.FromSeconds(30), onError: null, stop.Token);
        // The loop's first pass runs at once, but on a real database it completes asynchronously: wait for it (bounded).
        for (var i = 0; i < 400 && restarted.Output.Lines.Count == 0; i++) await Task.Delay(25);

        Assert.Equal(["efter"], restarted.Output.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, (await store.FindInstanceAsync(started.Instance!.Id))!.SubStatus);
        stop.Cancel();
        await loop;
    }

    [Fact]
    public async Task A_timer_not_yet_due_does_not_fire()
    {
        var host = Host(CreateStore());
        var started = await host.Runtime.StartAsync(Linear("delay", 1, Delay("Wait", "00:05:00"), WriteLine("B", "efter")));
        _clock.Advance(TimeSpan.FromMinutes(4));

        Assert.Empty(await host.Runtime.RunDueTimersAsync(_clock.GetUtcNow()));
        Assert.Equal(WorkflowSubStatus.Suspended, (await host.Store.FindInstanceAsync(started.Instance!.Id))!.SubStatus);
    }

    [Fact]
    public async Task Two_runtimes_firing_timers_at_once_fire_each_timer_exactly_once()
    {
        var store = CreateStore();
        var (a, b) = (Host(store), Host(store));
        for (var i = 0; i < 5; i++) await a.Runtime.StartAsync(Linear("delay", 1, Delay("Wait", "00:01:00"), WriteLine("B", "fired")));
        _clock.Advance(TimeSpan.FromMinutes(1));

        await Task.WhenAll(Task.Run(() => a.Runtime.RunDueTimersAsync(_clock.GetUtcNow())), Task.Run(() => b.Runtime.RunDueTimersAsync(_clock.GetUtcNow())));

        Assert.Equal(5, a.Output.Lines.Count + b.Output.Lines.Count);
    }

    [Fact]
    public async Task Two_runtimes_resuming_the_same_bookmark_at_once_resume_it_exactly_once()
    {
        var store = CreateStore();
        var (a, b) = (Host(store), Host(store));
        var started = await a.Runtime.StartAsync(Linear("reply", 1, Event("Wait", "Svar"), WriteLine("B", "efter")));
        var bookmarkId = started.Bookmarks[0].Id;

        var results = await Task.WhenAll(Task.Run(() => a.Runtime.ResumeAsync(bookmarkId)), Task.Run(() => b.Runtime.ResumeAsync(bookmarkId)));

        Assert.Single(results, r => r.Outcome == ResumeOutcome.Resumed);
        // The loser learns it lost in whichever way it got there: the bookmark already consumed, the commit beaten,
        // the instance busy, or (arriving after the winner finished) the instance no longer running.
        Assert.Single(results, r => r.Outcome is ResumeOutcome.AlreadyResumed or ResumeOutcome.Conflict or ResumeOutcome.Busy or ResumeOutcome.InstanceNotRunning);
        Assert.Equal(["efter"], [.. a.Output.Lines, .. b.Output.Lines]);
    }

    [Fact]
    public async Task An_instance_keeps_running_the_version_it_started_on()
    {
        var store = CreateStore();
        var v1 = await Host(store).Runtime.StartAsync(Linear("versioned", 1, Event("Wait", "Svar"), WriteLine("B", "version 1")));
        var later = Host(store);
        await later.Runtime.PublishAsync(Linear("versioned", 2, Event("Wait", "Svar"), WriteLine("B", "version 2")));

        var fresh = Host(store);
        await fresh.Runtime.ResumeAsync(v1.Bookmarks[0].Id);
        var v2 = await fresh.Runtime.StartAsync("versioned");

        Assert.Equal(["version 1"], fresh.Output.Lines);
        Assert.Equal((1, 2), (v1.Instance!.DefinitionVersion, v2.Instance!.DefinitionVersion));
    }
}
