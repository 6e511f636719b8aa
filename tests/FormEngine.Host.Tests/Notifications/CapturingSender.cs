using System.Collections.Concurrent;
using FormEngine.Host.Notifications;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>A test sender: records what it is given, and fails the first deliveries to an address the test names.</summary>
public sealed class CapturingSender(string channel) : INotificationSender
{
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new(StringComparer.Ordinal);

    public string Channel { get; } = channel;

    public ConcurrentQueue<OutgoingNotification> Sent { get; } = new();

    public int Failures { get; private set; }

    public void FailFirst(string recipient, int times) => _failuresLeft[recipient] = times;

    public Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        if (_failuresLeft.TryGetValue(notification.Recipient, out var left) && left > 0)
        {
            _failuresLeft[notification.Recipient] = left - 1;
            Failures++;
            throw new IOException("The test sender refuses this delivery.");
        }
        Sent.Enqueue(notification);
        return Task.CompletedTask;
    }

    public List<OutgoingNotification> For(long recordId) => [.. Sent.Where(n => n.RecordId == recordId)];
}
