using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Notifications;

/// <summary>A pending notification this process holds; only <see cref="Token"/>'s holder may send and mark it.</summary>
public sealed record NotificationClaim(long Id, string ResidentPersonnummer, string Text, int Attempts, IReadOnlyList<string> SentChannels, string Token);

/// <summary>
/// Who may send a notification, across every host on the database. A sender claims a row with one conditional
/// UPDATE (not sent, not settled, no live claim) that writes its own token and a lease, so of two hosts racing for
/// a row exactly one gets it; every later write is conditional on that token. A failure keeps the claim until its
/// backoff has passed, so the backoff holds for every host. A host that dies holding a claim leaves the row to
/// others once the lease ends.
/// </summary>
public sealed class NotificationClaims(IDbContextFactory<PortalDbContext> portal, TimeProvider clock)
{
    /// <summary>Longer than a send may take (<see cref="NotificationOptions.SendTimeout"/> per channel) plus the marking.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The oldest rows that wait to be sent and that nobody holds.</summary>
    public async Task<List<long>> PendingAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.SentAt == null && n.NotSentReason == null && (n.ClaimedUntil == null || n.ClaimedUntil <= now))
            .OrderBy(n => n.Id).Select(n => n.Id).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Claims the row if it is still pending and free; null when it was sent, settled or is held elsewhere.</summary>
    public async Task<NotificationClaim?> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = $"{_owner}/{Guid.NewGuid().ToString("N")[..12]}";
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Notifications
            .Where(n => n.Id == id && n.SentAt == null && n.NotSentReason == null && (n.ClaimedUntil == null || n.ClaimedUntil <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedBy, token).SetProperty(n => n.ClaimedUntil, now + Lease)
                .SetProperty(n => n.Attempts, n => n.Attempts + 1), cancellationToken);
        if (claimed == 0) return null;
        var row = await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id, cancellationToken);
        return new NotificationClaim(row.Id, row.ResidentPersonnummer, row.Text, row.Attempts, ChannelsOf(row.SentChannels), token);
    }

    /// <summary>
    /// Records that <paramref name="channel"/> went out; with <paramref name="last"/> also marks the row sent, in
    /// the same statement. False when the claim was lost (its lease ended and another host took the row).
    /// </summary>
    public async Task<bool> ChannelSentAsync(NotificationClaim claim, IReadOnlyList<string> sentSoFar, bool last, CancellationToken cancellationToken)
    {
        var channels = string.Join(',', sentSoFar);
        var now = clock.GetUtcNow();
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        var row = db.Notifications.Where(n => n.Id == claim.Id && n.ClaimedBy == claim.Token && n.SentAt == null);
        var updated = last
            ? await row.ExecuteUpdateAsync(s => s.SetProperty(n => n.SentChannels, channels).SetProperty(n => n.SentAt, now)
                .SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null).SetProperty(n => n.LastError, (string?)null), cancellationToken)
            : await row.ExecuteUpdateAsync(s => s.SetProperty(n => n.SentChannels, channels), cancellationToken);
        return updated == 1;
    }

    /// <summary>Settles the row without sending it (no channel chosen, no address, gave up); it is never sent after this.</summary>
    public async Task NotSentAsync(NotificationClaim claim, string reason, CancellationToken cancellationToken)
    {
        var text = reason.Length > 500 ? reason[..500] : reason;
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.Id == claim.Id && n.ClaimedBy == claim.Token && n.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.NotSentReason, text).SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Records the failure and keeps the row claimed for the backoff; returns when it may be tried again.</summary>
    public async Task<DateTimeOffset> FailedAsync(NotificationClaim claim, string error, TimeSpan delay, CancellationToken cancellationToken)
    {
        var lastError = error.Length > 2000 ? error[..2000] : error;
        var retryAt = clock.GetUtcNow() + delay;
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.Id == claim.Id && n.ClaimedBy == claim.Token && n.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LastError, lastError).SetProperty(n => n.ClaimedUntil, retryAt), cancellationToken);
        return retryAt;
    }

    /// <summary>Gives a claim back unused (stopping before the send began), so any host may take the row at once.</summary>
    public async Task ReleaseAsync(NotificationClaim claim, CancellationToken cancellationToken)
    {
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.Id == claim.Id && n.ClaimedBy == claim.Token && n.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedUntil, (DateTimeOffset?)null).SetProperty(n => n.Attempts, n => n.Attempts - 1), cancellationToken);
    }

    private static List<string> ChannelsOf(string? channels) =>
        string.IsNullOrEmpty(channels) ? [] : [.. channels.Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
