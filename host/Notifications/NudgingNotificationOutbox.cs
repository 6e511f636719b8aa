using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Notifications;

/// <summary>The database outbox, plus a nudge to the dispatcher once the row is committed.</summary>
public sealed class NudgingNotificationOutbox(INotificationOutbox inner, NotificationSignal signal) : INotificationOutbox
{
    public async ValueTask EnqueueAsync(string caseId, string text, CancellationToken cancellationToken = default)
    {
        await inner.EnqueueAsync(caseId, text, cancellationToken);
        signal.Nudge();
    }
}
