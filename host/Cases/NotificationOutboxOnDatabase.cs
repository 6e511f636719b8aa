using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// <see cref="INotificationOutbox"/> on the portal database: a <see cref="NotificationRecord"/> for the case's
/// resident, sent later by the notification sender (if they opted in). One unsent notice per case says all there
/// is to say ("you have a message"), so a second one while the first waits, e.g. from a repeated activity, is not
/// added.
/// </summary>
public sealed class NotificationOutboxOnDatabase(CaseChanges changes) : INotificationOutbox
{
    public ValueTask EnqueueAsync(string caseId, string text, CancellationToken cancellationToken = default) =>
        new(changes.ApplyAsync(caseId, async (db, record, now) =>
        {
            var waiting = await db.Notifications.AnyAsync(n => n.CaseId == caseId && n.SentAt == null && n.NotSentReason == null && n.Text == text, cancellationToken);
            if (waiting) return 0;
            db.Notifications.Add(new NotificationRecord
            {
                ResidentPersonnummer = record.ResidentPersonnummer,
                CaseId = caseId,
                Text = text,
                CreatedAt = now,
            });
            db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Notified, null, CaseHistory.Workflow, now));
            return 0;
        }, cancellationToken));
}
