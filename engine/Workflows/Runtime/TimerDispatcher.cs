using FormEngine.Workflows.Persistence;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Fires due timer bookmarks. Each is claimed first (one runtime per timer while the claim lasts) and then
/// resumed, and the resume consumes the bookmark: a timer fires exactly once even with several runtimes on
/// one database. A runtime that dies holding a claim leaves it to expire, and the timer fires later instead
/// of never. Past-due timers (after a restart) are simply due: they fire on the first call.
/// </summary>
internal sealed class TimerDispatcher(IWorkflowStore store, WorkflowResumer resumer, string owner, TimeSpan claimDuration)
{
    public async Task<IReadOnlyList<WorkflowRunResult>> RunDueAsync(DateTimeOffset now, int max, FollowUps followUps, CancellationToken cancellationToken)
    {
        var runs = new List<WorkflowRunResult>();
        foreach (var timer in await store.FindDueTimersAsync(now, max, cancellationToken))
        {
            if (!await store.TryClaimTimerAsync(timer.Id, owner, now, now + claimDuration, cancellationToken)) continue;
            runs.Add(await resumer.ResumeAsync(timer.Id, null, [], followUps, cancellationToken));
        }
        return runs;
    }
}
