using System.Threading.Channels;

namespace FormEngine.Host.Notifications;

/// <summary>
/// Wakes the dispatcher when a notification was queued, so it goes out at once rather than at the next scan. Holds
/// at most one pending nudge: a scan sends everything pending, however many nudges came.
/// </summary>
public sealed class NotificationSignal
{
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Nudge() => _nudges.Writer.TryWrite(true);

    /// <summary>Returns when nudged or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _nudges.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
