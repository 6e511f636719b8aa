using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// <see cref="IResidentMessages"/> on the portal database: a <see cref="CaseMessage"/> to the resident, signed
/// with the name and title of the staff member whose decision (or invånarärende) the workflow is carrying out:
/// the latest <see cref="CaseHistory.Decision"/> or <see cref="CaseHistory.Created"/> event names them. After a
/// crash the activity may run again: the same message, with no staff decision or resident reply since, is the
/// one already sent, and its id is returned instead of a second copy.
/// Files staff attached to the case for the resident (owner = the case, see <see cref="ResidentDialogues"/>) go
/// with the message: it becomes their owner in the same commit, which is how the resident's page lists them.
/// </summary>
public sealed class ResidentMessagesOnDatabase(CaseChanges changes) : IResidentMessages
{
    public ValueTask<string> SendAsync(string caseId, string kind, string text, CancellationToken cancellationToken = default) =>
        new(changes.ApplyAsync(caseId, async (db, record, now) =>
        {
            var actor = await db.CaseEvents.AsNoTracking()
                .Where(e => e.CaseId == caseId && (e.Kind == CaseHistory.Decision || e.Kind == CaseHistory.Created))
                .OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
            if (await AlreadySentAsync(db, caseId, kind, text, actor, cancellationToken) is { } earlier) return earlier;

            var staff = actor is null ? null : await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.HsaId == actor.By, cancellationToken);
            var message = new CaseMessage
            {
                Id = Guid.NewGuid().ToString("N"),
                CaseId = caseId,
                Direction = MessageDirection.ToResident,
                Kind = kind,
                Subject = record.Title,
                Text = text,
                SenderName = staff?.Name,
                SenderTitle = staff?.Title,
                SentBy = staff?.HsaId ?? CaseHistory.Workflow,
                SentAt = now,
            };
            db.Messages.Add(message);
            var waiting = await db.Attachments.Where(a => a.CaseId == caseId && a.OwnerId == caseId).ToListAsync(cancellationToken);
            foreach (var attachment in waiting) attachment.OwnerId = message.Id;
            db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Message, kind, message.SentBy, now));
            return message.Id;
        }, cancellationToken));

    private static async Task<string?> AlreadySentAsync(PortalDbContext db, string caseId, string kind, string text, CaseEventRecord? actor,
        CancellationToken cancellationToken)
    {
        var last = await db.Messages.AsNoTracking().Where(m => m.CaseId == caseId)
            .OrderByDescending(m => m.SentAt).FirstOrDefaultAsync(cancellationToken);
        if (last is null || last.Direction != MessageDirection.ToResident || last.Kind != kind || last.Text != text) return null;
        return actor is null || actor.At <= last.SentAt ? last.Id : null;
    }
}
