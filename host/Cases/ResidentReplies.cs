using System.Text.Json.Nodes;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

public enum ReplyOutcome
{
    Sent,
    /// <summary>The case is not the resident's (shown as not found).</summary>
    NotFound,
    /// <summary>No unanswered question: already answered (a double click) or never asked.</summary>
    NoOpenQuestion,
    Empty,
    TooLong,
    /// <summary>A file was refused; see <see cref="ReplyResult.Problems"/>.</summary>
    FileRefused,
}

public sealed record ReplyResult(ReplyOutcome Outcome, IReadOnlyList<string> Problems)
{
    public static ReplyResult Of(ReplyOutcome outcome) => new(outcome, []);
}

/// <summary>
/// The resident answers the clinic's open question: the reply (and its files) is stored on the case and marks
/// the question answered in one commit; then the case workflow's <see cref="AwaitResidentReply"/> is resumed by
/// stimulus, which routes the case back to the clinic queue. The workflow gets ids only, never the text.
/// </summary>
public sealed partial class ResidentReplies(
    IDbContextFactory<PortalDbContext> contexts,
    FileUploads uploads,
    WorkflowRuntime runtime,
    TimeProvider clock,
    ILogger<ResidentReplies> logger)
{
    public const int MaxLength = 5000;

    public async Task<ReplyResult> ReplyAsync(string personnummer, string caseId, string? text, IReadOnlyList<UploadedFile> files,
        CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0) return ReplyResult.Of(ReplyOutcome.Empty);
        if (text.Length > MaxLength) return ReplyResult.Of(ReplyOutcome.TooLong);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await ResidentInbox.Visible(db, personnummer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null) return ReplyResult.Of(ReplyOutcome.NotFound);
        var question = (await db.Messages.AsNoTracking().Where(m => m.CaseId == caseId && m.Direction == MessageDirection.ToResident
                && m.Kind == ResidentMessageKind.Question && m.AnsweredBy == null).ToListAsync(cancellationToken))
            .OrderByDescending(m => m.SentAt).FirstOrDefault();
        if (question is null) return ReplyResult.Of(ReplyOutcome.NoOpenQuestion);

        var replyId = Guid.NewGuid().ToString("N");
        if (files.Count > 0)
        {
            var upload = await uploads.AcceptAsync(FileRules.Reply, files, replyId, caseId, personnummer, cancellationToken);
            if (upload.Problems.Count > 0) return new ReplyResult(ReplyOutcome.FileRefused, upload.Problems);
        }

        var now = clock.GetUtcNow();
        // The question is claimed with a conditional update: of two replies posted at once (a double click), one wins.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Messages.Where(m => m.Id == question.Id && m.AnsweredBy == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnsweredBy, replyId).SetProperty(m => m.ReadAt, m => m.ReadAt ?? now), cancellationToken);
        if (claimed == 0) return ReplyResult.Of(ReplyOutcome.NoOpenQuestion);
        db.Messages.Add(new CaseMessage
        {
            Id = replyId, CaseId = caseId, Direction = MessageDirection.FromResident, Kind = "reply",
            Subject = question.Subject is { } subject ? $"Svar: {subject}" : null,
            Text = text, SentBy = personnummer, SentAt = now,
        });
        db.CaseEvents.Add(new CaseEventRecord
        {
            CaseId = caseId, Kind = "Reply", By = personnummer, At = now, Category = record.Category, Variant = record.FormKey,
            ClinicKey = record.ClinicKey, RegionKey = record.RegionKey, FlowType = record.FlowType,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        await ResumeWorkflowAsync(caseId, replyId, personnummer, cancellationToken);
        return ReplyResult.Of(ReplyOutcome.Sent);
    }

    /// <summary>
    /// A stimulus nobody waits for yet is queued by the runtime, so the order against the workflow does not matter.
    /// If this process dies between the commit above and this call, the reply is stored but the workflow still
    /// waits: <see cref="ResumeWorkflowAsync"/> can be called again (it is a no-op once the bookmark is consumed).
    /// </summary>
    public async Task ResumeWorkflowAsync(string caseId, string replyId, string personnummer, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await runtime.ResumeByStimulusAsync(AwaitResidentReply.TypeName, CaseActivities.StimulusFor(caseId), caseId,
                new JsonObject { ["messageId"] = replyId, ["by"] = personnummer }, cancellationToken);
            ReplyDelivered(logger, caseId, result.Outcome);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ResumeFailed(logger, caseId, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Resident reply on case {CaseId} delivered to its workflow: {Outcome}")]
    private static partial void ReplyDelivered(ILogger logger, string caseId, ResumeOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Resident reply on case {CaseId} is stored but its workflow could not be resumed ({Error})")]
    private static partial void ResumeFailed(ILogger logger, string caseId, string error);
}
