using System.Text.Json.Nodes;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Delivers stimuli to bookmarks by (hash, correlation id). A stimulus that finds no bookmark is queued, and
/// both sides check again after writing: the stimulus after queueing, the workflow after committing a new
/// bookmark. Whichever comes second sees the other, so nothing is lost; consumption makes it happen once.
/// </summary>
internal sealed class StimulusDispatcher(IWorkflowStore store, WorkflowResumer resumer, TimeProvider time)
{
    public async Task<StimulusResult> DispatchAsync(string name, JsonNode? stimulus, string? correlationId, JsonNode? input,
        FollowUps followUps, CancellationToken cancellationToken)
    {
        var hash = Bookmark.HashOf(name, stimulus);
        var runs = await ResumeMatchingAsync(hash, correlationId, input, [], followUps, cancellationToken);
        if (runs.Count > 0) return new StimulusResult(ResumeOutcome.Resumed, runs);
        var queued = new QueuedStimulus(Guid.NewGuid().ToString("N"), name, hash, correlationId, input?.ToJsonString(), time.GetUtcNow());
        await store.EnqueueStimulusAsync(queued, cancellationToken);
        runs = await ResumeMatchingAsync(hash, correlationId, input, [queued.Id], followUps, cancellationToken, firstOnly: true);
        return new StimulusResult(runs.Count > 0 ? ResumeOutcome.Resumed : ResumeOutcome.Queued, runs);
    }

    /// <summary>After an instance suspended: a queued stimulus that matches one of its bookmarks resumes it now.</summary>
    public async Task<WorkflowRunResult?> DeliverQueuedAsync(string instanceId, FollowUps followUps, CancellationToken cancellationToken)
    {
        foreach (var bookmark in await store.FindBookmarksOfInstanceAsync(instanceId, cancellationToken))
        {
            var queued = await store.FindQueuedStimuliAsync(bookmark.Hash, bookmark.CorrelationId, cancellationToken);
            foreach (var stimulus in queued.OrderBy(q => q.ReceivedAt))
            {
                var input = stimulus.InputJson is null ? null : JsonNode.Parse(stimulus.InputJson);
                var run = await resumer.ResumeAsync(bookmark.Id, input, [stimulus.Id], followUps, cancellationToken);
                // One resume changes the instance; its own follow-up checks the bookmarks it has then.
                if (run.Outcome == ResumeOutcome.Resumed) return run;
                if (run.Outcome != ResumeOutcome.Conflict) break;
            }
        }
        return null;
    }

    private async Task<List<WorkflowRunResult>> ResumeMatchingAsync(string hash, string? correlationId, JsonNode? input,
        IReadOnlyList<string> consumedStimulusIds, FollowUps followUps, CancellationToken cancellationToken, bool firstOnly = false)
    {
        var runs = new List<WorkflowRunResult>();
        foreach (var bookmark in await store.FindBookmarksAsync(hash, correlationId, cancellationToken))
        {
            var run = await resumer.ResumeAsync(bookmark.Id, input, consumedStimulusIds, followUps, cancellationToken);
            if (run.Outcome != ResumeOutcome.Resumed) continue;
            runs.Add(run);
            if (firstOnly) break;
        }
        return runs;
    }
}
