using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreComplianceTests
{
    [StoreFact]
    public async Task Due_timers_are_the_unclaimed_ones_due_oldest_first_up_to_max()
    {
        var instance = await StartAsync(
            id => NewBookmark(id, "T-2h", resumeAt: T0.AddHours(-2)),
            id => NewBookmark(id, "T-1h", resumeAt: T0.AddHours(-1)),
            id => NewBookmark(id, "T-3h", resumeAt: T0.AddHours(-3)),
            id => NewBookmark(id, "T+1h", resumeAt: T0.AddHours(1)),
            id => NewBookmark(id, "Signal"));

        Assert.Equal(["T-3h", "T-2h", "T-1h"], (await Store.FindDueTimersAsync(T0, 10)).Select(b => b.Name));
        Assert.Equal(["T-3h", "T-2h"], (await Store.FindDueTimersAsync(T0, 2)).Select(b => b.Name));
        Assert.Empty(await Store.FindDueTimersAsync(T0.AddHours(-4), 10));
        Assert.Contains(instance.Id, (await Store.FindDueTimersAsync(T0, 10)).Select(b => b.InstanceId));
    }

    [StoreFact]
    public async Task A_claimed_timer_is_held_until_the_claim_expires_then_can_be_taken_again()
    {
        await StartAsync(id => NewBookmark(id, "Timer", resumeAt: T0.AddMinutes(-1)));
        var timer = (await Store.FindDueTimersAsync(T0, 10)).Single();

        Assert.True(await Store.TryClaimTimerAsync(timer.Id, "runtime-a", T0, T0.AddMinutes(5)));

        Assert.Empty(await Store.FindDueTimersAsync(T0.AddMinutes(1), 10));
        Assert.False(await Store.TryClaimTimerAsync(timer.Id, "runtime-b", T0.AddMinutes(1), T0.AddMinutes(6)));
        // runtime-a died: once its claim has expired the timer is due again and another runtime takes it.
        Assert.Equal([timer.Id], (await Store.FindDueTimersAsync(T0.AddMinutes(6), 10)).Select(b => b.Id));
        Assert.True(await Store.TryClaimTimerAsync(timer.Id, "runtime-b", T0.AddMinutes(6), T0.AddMinutes(11)));
        Assert.False(await Store.TryClaimTimerAsync(timer.Id, "runtime-c", T0.AddMinutes(7), T0.AddMinutes(12)));
    }

    [StoreFact]
    public async Task A_claim_survives_a_commit_that_keeps_the_timer_and_ends_with_it()
    {
        var instance = await StartAsync(id => NewBookmark(id, "Timer", resumeAt: T0.AddMinutes(-1)), id => NewBookmark(id, "Signal"));
        var bookmarks = await Store.FindBookmarksOfInstanceAsync(instance.Id);
        var timer = bookmarks.Single(b => b.Name == "Timer");
        Assert.True(await Store.TryClaimTimerAsync(timer.Id, "runtime-a", T0, T0.AddMinutes(5)));
        var (changed, revision) = await LoadAndChangeAsync(instance.Id, 2);

        // A signal resumed the instance meanwhile; the timer stays.
        await Store.CommitAsync(new WorkflowCommit(changed, revision, bookmarks.Single(b => b.Name == "Signal").Id, [], [timer]));

        Assert.False(await Store.TryClaimTimerAsync(timer.Id, "runtime-b", T0.AddMinutes(1), T0.AddMinutes(6)));
        Assert.Empty(await Store.FindDueTimersAsync(T0.AddMinutes(1), 10));
    }

    [StoreFact]
    public async Task Claiming_a_timer_that_is_gone_fails()
    {
        Assert.False(await Store.TryClaimTimerAsync("bm-saknas", "runtime-a", T0, T0.AddMinutes(5)));
    }
}
