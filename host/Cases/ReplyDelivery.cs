using System.Text.Json.Nodes;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Host.Cases;

/// <summary>
/// Hands a stored reply to the case workflow's <see cref="AwaitResidentReply"/>. The reply row is its own outbox
/// entry: while the workflow still holds the wait it began before the reply was sent, the reply has not reached
/// it. Such a wait is resumed by its bookmark id, so delivering twice (the request and a sweep after a crash, or
/// two processes) resumes it once and the other gets <see cref="ResumeOutcome.AlreadyResumed"/>. A wait begun
/// after the reply belongs to a later question: the reply was delivered long ago and is left alone.
/// </summary>
public sealed partial class ReplyDelivery(IWorkflowStore store, WorkflowRuntime runtime, ILogger<ReplyDelivery> logger)
{
    /// <summary>
    /// True when the workflow has the reply (now or before), false when it should be tried again later.
    /// <paramref name="justStored"/>: the reply was committed a moment ago by this request, so a workflow not yet
    /// waiting (the question is written just before its wait is committed) gets it as a queued stimulus.
    /// </summary>
    public async Task<bool> DeliverAsync(CaseMessage reply, string? submissionId, bool justStored, CancellationToken cancellationToken = default)
    {
        try
        {
            var caseId = reply.CaseId;
            var input = new JsonObject { ["messageId"] = reply.Id, ["by"] = reply.SentBy };
            if (submissionId is not null) input["submissionId"] = submissionId;
            var waits = await store.FindBookmarksAsync(Bookmark.HashOf(AwaitResidentReply.TypeName, CaseActivities.StimulusFor(caseId)), caseId, cancellationToken);
            foreach (var wait in waits.Where(w => w.Name == AwaitResidentReply.TypeName && w.CreatedAt <= reply.SentAt).OrderBy(w => w.CreatedAt))
            {
                var run = await runtime.ResumeAsync(wait.Id, input, cancellationToken);
                switch (run.Outcome)
                {
                    case ResumeOutcome.Resumed or ResumeOutcome.AlreadyResumed:
                        ReplyDelivered(logger, caseId, run.Outcome);
                        return true;
                    case ResumeOutcome.InstanceNotRunning:
                        // Faulted or cancelled: the incidents page deals with the instance; nothing to retry here.
                        ReplyNotDeliverable(logger, caseId);
                        return true;
                    default:
                        return false;
                }
            }
            if (waits.Count == 0 && justStored)
            {
                var result = await runtime.ResumeByStimulusAsync(AwaitResidentReply.TypeName, CaseActivities.StimulusFor(caseId), caseId, input, cancellationToken);
                ReplyDelivered(logger, caseId, result.Outcome);
            }
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ResumeFailed(logger, reply.CaseId, e.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resident reply on case {CaseId} delivered to its workflow: {Outcome}")]
    private static partial void ReplyDelivered(ILogger logger, string caseId, ResumeOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resident reply on case {CaseId} is stored but its workflow instance is not running; see the incidents page")]
    private static partial void ReplyNotDeliverable(ILogger logger, string caseId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resident reply on case {CaseId} is stored but its workflow could not be resumed ({Error}); the next sweep tries again")]
    private static partial void ResumeFailed(ILogger logger, string caseId, string error);
}
