using FormEngine.Workflows.Persistence;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Runs an instance that is already claimed (its claim committed) and commits its progress: after every
/// activity while work remains, and once at the end. A conflict stops the run: another runtime owns it now.
/// </summary>
internal sealed class WorkflowRunner(IWorkflowStore store, WorkflowExecutor executor, TimeProvider time)
{
    public async Task CommitAsync(WorkflowInstance instance, WorkflowState state, bool isNew, string? consumedBookmarkId,
        IReadOnlyList<string> consumedStimulusIds, FollowUps followUps, CancellationToken cancellationToken)
    {
        // Published events leave the state before it is saved: they are delivered after this commit, once.
        foreach (var published in state.Outbox) followUps.Events.Enqueue(published);
        state.Outbox.Clear();
        instance.State = state.ToJson();
        instance.UpdatedAt = time.GetUtcNow();
        var copy = instance.Clone();
        copy.Revision = instance.Revision + 1;
        var live = instance.Status == WorkflowStatus.Running;
        await store.CommitAsync(new WorkflowCommit(copy, isNew ? null : instance.Revision, consumedBookmarkId, consumedStimulusIds,
            live ? [.. state.Bookmarks] : []), cancellationToken);
        instance.Revision = copy.Revision;
    }

    public async Task<WorkflowRunResult> RunAsync(WorkflowInstance instance, WorkflowState state, WorkflowPlan plan, FollowUps followUps, CancellationToken cancellationToken)
    {
        try
        {
            await executor.RunAsync(instance, state, plan,
                () => CommitAsync(instance, state, false, null, [], followUps, cancellationToken), cancellationToken);
            await CommitAsync(instance, state, false, null, [], followUps, cancellationToken);
        }
        catch (WorkflowConflictException)
        {
            return WorkflowRunResult.Nothing(ResumeOutcome.Conflict, await store.FindInstanceAsync(instance.Id, cancellationToken));
        }
        if (instance.SubStatus == WorkflowSubStatus.Suspended) followUps.InstancesToCheck.Enqueue(instance.Id);
        return new WorkflowRunResult(instance.Clone(), ResumeOutcome.Resumed);
    }
}
