using Microsoft.Extensions.Options;

namespace FormEngine.Host.Notifications;

/// <summary>
/// Sends the notification outbox: when a notification is queued (<see cref="NotificationSignal"/>), at start-up
/// (rows a stopped host left) and every <see cref="NotificationOptions.PollInterval"/> (retries that are due). Each
/// row is claimed right before it is sent (<see cref="NotificationClaims"/>), so no two hosts send the same row,
/// and is marked sent by the same claim. The channels are read at send time (<see cref="NotificationRouting"/>: a young
/// child's go to the guardians acting for them); none chosen settles the row
/// as not sent, with the reason, and nothing goes out. Failures are retried with doubling backoff up to
/// <see cref="NotificationOptions.MaxAttempts"/>; a channel that went out is recorded at once, so a retry sends only
/// the channels that failed.
/// <para>
/// Delivery to the sender is at least once, not exactly once: a host that dies after a sender accepted a message
/// but before the row is marked sends it again once the claim's lease has ended. That window is a few milliseconds
/// per message; closing it would need the sender and the database in one transaction, which SMTP and SMS gateways
/// cannot take part in. Senders therefore get the row id (<see cref="OutgoingNotification.RecordId"/>) to
/// de-duplicate by (the SMTP sender puts it in the Message-ID). Nothing here logs addresses or texts.
/// </para>
/// </summary>
public sealed partial class NotificationDispatcher(NotificationClaims claims, NotificationRouting routing, NotificationSignal signal, IEnumerable<INotificationSender> senders,
    IOptions<NotificationOptions> options, TimeProvider clock, ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private const int Batch = 50;
    private readonly NotificationOptions _options = options.Value;

    // The last registration for a channel wins, so a deployment (or a test) replaces a sender by adding its own.
    private readonly Dictionary<string, INotificationSender> _senders = senders.GroupBy(s => s.Channel, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            DispatcherOff(logger);
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await SendPendingAsync(stoppingToken);
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends every row that is due, batch after batch; one row at a time, each claimed just before its send.</summary>
    public async Task SendPendingAsync(CancellationToken stoppingToken)
    {
        List<long> pending;
        do
        {
            try
            {
                pending = await claims.PendingAsync(Batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OutboxUnavailable(logger, e.GetType().Name);
                return;
            }
            foreach (var id in pending)
            {
                stoppingToken.ThrowIfCancellationRequested();
                await SendOneAsync(id, stoppingToken);
            }
        } while (pending.Count == Batch);
    }

    private async Task SendOneAsync(long id, CancellationToken stoppingToken)
    {
        NotificationClaim? claim;
        try
        {
            claim = await claims.ClaimAsync(id, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            OutboxUnavailable(logger, e.GetType().Name);
            return;
        }
        if (claim is null) return; // sent, settled or held elsewhere meanwhile
        try
        {
            // Not cancelled by the host stopping: a send under way finishes (bounded by SendTimeout) and is marked.
            var route = await routing.RouteAsync(claim.ResidentPersonnummer, CancellationToken.None);
            if (route.NotSentReason is { } reason)
            {
                await claims.NotSentAsync(claim, reason, CancellationToken.None);
                NotSent(logger, claim.Id, reason);
                return;
            }
            // Each channel on its own: one that fails does not hold back the others, and is the only one retried.
            List<string> sent = [.. claim.SentChannels];
            Exception? failure = null;
            // A channel may have several addresses (two guardians of a child); it counts as sent when all went out.
            foreach (var channel in route.Targets.Select(t => t.Channel).Distinct().Where(c => !claim.SentChannels.Contains(c)))
            {
                try
                {
                    if (!_senders.TryGetValue(channel, out var sender)) throw new InvalidOperationException($"No notification sender for the channel '{channel}'.");
                    foreach (var address in route.Targets.Where(t => t.Channel == channel).Select(t => t.Address))
                    {
                        using var timeout = new CancellationTokenSource(_options.SendTimeout, clock);
                        await sender.SendAsync(new OutgoingNotification(claim.Id, channel, address, claim.Text), timeout.Token);
                    }
                }
                catch (Exception e)
                {
                    failure ??= e;
                    continue;
                }
                sent.Add(channel);
                if (!await claims.ChannelSentAsync(claim, sent, last: false, CancellationToken.None))
                {
                    ClaimLost(logger, claim.Id);
                    return;
                }
            }
            if (failure is not null)
            {
                await FailedAsync(claim, failure);
                return;
            }
            if (!await claims.ChannelSentAsync(claim, sent, last: true, CancellationToken.None))
            {
                ClaimLost(logger, claim.Id);
                return;
            }
            Sent(logger, claim.Id, string.Join(',', sent));
        }
        catch (Exception e)
        {
            await FailedAsync(claim, e);
        }
    }

    private async Task FailedAsync(NotificationClaim claim, Exception error)
    {
        var message = $"{error.GetType().Name}: {error.Message}";
        try
        {
            if (claim.Attempts >= _options.MaxAttempts)
            {
                await claims.NotSentAsync(claim, $"Gave up after {claim.Attempts} attempts; last error {message}", CancellationToken.None);
                GaveUp(logger, claim.Id, claim.Attempts, error.GetType().Name);
                return;
            }
            var factor = Math.Pow(2, Math.Min(claim.Attempts - 1, 20));
            var delay = TimeSpan.FromTicks((long)Math.Min(_options.MaxRetryDelay.Ticks, _options.FirstRetryDelay.Ticks * factor));
            await claims.FailedAsync(claim, message, delay, CancellationToken.None);
            SendFailed(logger, claim.Id, claim.Attempts, error.GetType().Name, delay);
        }
        catch (Exception e)
        {
            // The claim then simply expires and the row is tried again after the lease.
            OutboxUnavailable(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Id} sent on {Channels}")]
    private static partial void Sent(ILogger logger, long id, string channels);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Id} not sent: {Reason}")]
    private static partial void NotSent(ILogger logger, long id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending notification {Id} failed (attempt {Attempts}, {Error}); retrying in {Delay}")]
    private static partial void SendFailed(ILogger logger, long id, int attempts, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {Id} is given up after {Attempts} attempts ({Error})")]
    private static partial void GaveUp(ILogger logger, long id, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Id}: the claim ended before the send was marked; another host may send it again")]
    private static partial void ClaimLost(ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification outbox could not be read or written ({Error}); the next scan tries again")]
    private static partial void OutboxUnavailable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "The notification dispatcher is off (FormEngine:Notifications:Enabled); notifications wait for a host that has it on")]
    private static partial void DispatcherOff(ILogger logger);
}
