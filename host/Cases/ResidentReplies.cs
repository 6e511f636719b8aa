using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
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
/// The resident answers the clinic's open question in free text: the reply (and its files) is stored on the case
/// and marks the question answered in one commit (<see cref="ReplyCommit"/>); then the case workflow's
/// <see cref="AwaitResidentReply"/> is resumed (<see cref="ReplyDelivery"/>; after a crash <see cref="ReplyRedelivery"/>),
/// which routes the case back to the clinic queue. The workflow gets ids only, never the text. A question that
/// an invånarärende template asks with pages is answered in its form instead (<see cref="FormReplies"/>).
/// </summary>
public sealed class ResidentReplies(
    IDbContextFactory<PortalDbContext> contexts,
    FileUploads uploads,
    ReplyDelivery delivery,
    TimeProvider clock)
{
    public const int MaxLength = 5000;
    /// <summary><see cref="CaseMessage.Kind"/> of a resident's reply.</summary>
    public const string ReplyKind = "reply";

    public async Task<ReplyResult> ReplyAsync(string personnummer, string caseId, string? text, IReadOnlyList<UploadedFile> files,
        CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0) return ReplyResult.Of(ReplyOutcome.Empty);
        if (text.Length > MaxLength) return ReplyResult.Of(ReplyOutcome.TooLong);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await ResidentInbox.Visible(db, personnummer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null) return ReplyResult.Of(ReplyOutcome.NotFound);
        if (await ReplyCommit.OpenQuestionAsync(db, caseId, cancellationToken) is not { } question) return ReplyResult.Of(ReplyOutcome.NoOpenQuestion);

        var replyId = Guid.NewGuid().ToString("N");
        if (files.Count > 0)
        {
            var upload = await uploads.AcceptAsync(FileRules.Reply, files, replyId, caseId, personnummer, cancellationToken);
            if (upload.Problems.Count > 0) return new ReplyResult(ReplyOutcome.FileRefused, upload.Problems);
        }

        var reply = await ReplyCommit.StoreAsync(db, record, question, replyId, text, personnummer, clock.GetUtcNow(), null, null, cancellationToken);
        if (reply is null) return ReplyResult.Of(ReplyOutcome.NoOpenQuestion);
        await delivery.DeliverAsync(reply, null, justStored: true, CancellationToken.None);
        return ReplyResult.Of(ReplyOutcome.Sent);
    }
}
