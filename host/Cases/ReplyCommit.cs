using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// What every reply stores, in one transaction: the question claimed (a conditional update, so of two replies
/// posted at once one wins), the reply message, its event, and for a reply in a form its submission with the
/// form's files moved onto the case and the draft removed. The workflow is told afterwards (<see cref="ReplyDelivery"/>).
/// </summary>
internal static class ReplyCommit
{
    /// <summary>The clinic's latest unanswered question on the case, if any.</summary>
    public static async Task<CaseMessage?> OpenQuestionAsync(PortalDbContext db, string caseId, CancellationToken cancellationToken) =>
        (await db.Messages.AsNoTracking().Where(m => m.CaseId == caseId && m.Direction == MessageDirection.ToResident
                && m.Kind == ResidentMessageKind.Question && m.AnsweredBy == null).ToListAsync(cancellationToken))
            .OrderByDescending(m => m.SentAt).FirstOrDefault();

    /// <summary>Null when another reply claimed the question first (nothing is stored then).</summary>
    public static async Task<CaseMessage?> StoreAsync(PortalDbContext db, CaseRecord record, CaseMessage question, string replyId, string text,
        string personnummer, DateTimeOffset now, Submission? submission, string? draftId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Messages.Where(m => m.Id == question.Id && m.AnsweredBy == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AnsweredBy, replyId).SetProperty(m => m.ReadAt, m => m.ReadAt ?? now), cancellationToken);
        if (claimed == 0) return null;
        var reply = new CaseMessage
        {
            Id = replyId, CaseId = record.Id, Direction = MessageDirection.FromResident, Kind = ResidentReplies.ReplyKind,
            Subject = question.Subject is { } subject ? $"Svar: {subject}" : null,
            Text = text, SentBy = personnummer, SentAt = now,
        };
        db.Messages.Add(reply);
        db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Reply, null, personnummer, now));
        if (submission is not null)
        {
            db.Submissions.Add(submission);
            var ids = AttachmentReferences.In(System.Text.Json.Nodes.JsonNode.Parse(submission.Answers));
            if (ids.Count > 0)
                foreach (var attachment in await db.Attachments.Where(a => ids.Contains(a.Id) && a.UploadedBy == personnummer && a.CaseId == "").ToListAsync(cancellationToken))
                {
                    attachment.CaseId = record.Id;
                    attachment.OwnerId = submission.Id;
                }
        }
        if (draftId is not null)
            await db.Drafts.Where(d => d.Id == draftId && d.ResidentPersonnummer == personnummer).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reply;
    }
}
