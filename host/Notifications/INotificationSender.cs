namespace FormEngine.Host.Notifications;

/// <summary>The channels a resident can be notified on (Inställningar).</summary>
public static class NotificationChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
}

/// <summary>
/// One message to one address. <see cref="RecordId"/> identifies the outbox row: a sender should be idempotent by
/// it, because a crash between sending and marking the row sent makes the dispatcher send it once more.
/// </summary>
public sealed record OutgoingNotification(long RecordId, string Channel, string Recipient, string Text);

/// <summary>
/// Delivers notifications on one channel (<see cref="NotificationChannels"/>). Pluggable: the last registered sender
/// for a channel is used. A sender throws when delivery failed; the dispatcher then retries with backoff.
/// </summary>
public interface INotificationSender
{
    string Channel { get; }

    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
