using System.Text.Json.Nodes;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Resumes one bookmark. The claim is a commit that consumes the bookmark (and any queued stimulus used)
/// before the activity runs: of two runtimes resuming the same bookmark, exactly one gets past it, and the
/// other reports <see cref="ResumeOutcome.AlreadyResumed"/> having done nothing.
/// </summary>
internal sealed class WorkflowResumer(IWorkflowStore store, DefinitionCache definitions, WorkflowRunner runner)
{
    public async Task<WorkflowRunResult> ResumeAsync(string bookmarkId, JsonNode? input, IReadOnlyList<string> consumedStimulusIds,
        FollowUps followUps, CancellationToken cancellationToken)
    {
        if (await store.FindBookmarkAsync(bookmarkId, cancellationToken) is not { } bookmark) return WorkflowRunResult.Nothing(ResumeOutcome.AlreadyResumed);
        if (await store.FindInstanceAsync(bookmark.InstanceId, cancellationToken) is not { } instance) return WorkflowRunResult.Nothing(ResumeOutcome.AlreadyResumed);
        if (instance.Status != WorkflowStatus.Running) return WorkflowRunResult.Nothing(ResumeOutcome.InstanceNotRunning, instance);
        if (instance.SubStatus != WorkflowSubStatus.Suspended) return WorkflowRunResult.Nothing(ResumeOutcome.Busy, instance);
        var state = WorkflowState.FromJson(instance.State);
        var plan = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        if (state.Bookmarks.Find(b => b.Id == bookmarkId) is not { } held || plan.GraphOf(held.ActivityId) is not { } graph
            || !state.Scopes.TryGetValue(graph.Id, out var scope))
            return WorkflowRunResult.Nothing(ResumeOutcome.AlreadyResumed, instance);
        // The activity's other bookmarks go with this one: it was waiting for whichever came first.
        var siblings = scope.Blocked.Remove(held.ActivityId, out var ids) ? ids : [held.Id];
        state.Bookmarks.RemoveAll(b => siblings.Contains(b.Id) || b.Id == held.Id);
        state.Queue.Insert(0, new WorkItem(graph.Id, held.ActivityId, WorkKind.Resume, held, input?.DeepClone()));
        instance.SubStatus = WorkflowSubStatus.Executing;
        try
        {
            await runner.CommitAsync(instance, state, false, bookmarkId, consumedStimulusIds, followUps, cancellationToken);
        }
        catch (WorkflowConflictException)
        {
            return await store.FindBookmarkAsync(bookmarkId, cancellationToken) is null
                ? WorkflowRunResult.Nothing(ResumeOutcome.AlreadyResumed)
                : WorkflowRunResult.Nothing(ResumeOutcome.Conflict);
        }
        return await runner.RunAsync(instance, state, plan, followUps, cancellationToken);
    }
}
