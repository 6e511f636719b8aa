using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Replies whose workflow never heard of them: the process died between storing a reply and resuming the
/// workflow. A reply is pending while the case workflow still waits, since before the reply was sent, for the
/// resident (<see cref="ReplyDelivery"/>); there is no flag to keep in step. Swept at start-up (everything) and
/// every <see cref="ScanInterval"/> (replies older than <see cref="Grace"/>, so a request still delivering its
/// own reply is not raced).
/// </summary>
public sealed partial class ReplyRedelivery(
    IDbContextFactory<PortalDbContext> portal,
    IDbContextFactory<WorkflowDbContext> workflows,
    ReplyDelivery delivery,
    TimeProvider clock,
    ILogger<ReplyRedelivery> logger) : BackgroundService
{
    public static readonly TimeSpan ScanInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SweepAsync(sentBefore: null, stoppingToken);
            using var timer = new PeriodicTimer(ScanInterval, clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await SweepAsync(clock.GetUtcNow() - Grace, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Delivers every pending reply sent before <paramref name="sentBefore"/> (all when null); returns how many were delivered.</summary>
    public async Task<int> SweepAsync(DateTimeOffset? sentBefore, CancellationToken cancellationToken = default)
    {
        try
        {
            List<(string CaseId, DateTimeOffset Since)> waiting;
            await using (var db = await workflows.CreateDbContextAsync(cancellationToken))
            {
                var rows = await db.Bookmarks.AsNoTracking().Where(b => b.Name == AwaitResidentReply.TypeName && b.CorrelationId != null)
                    .Select(b => new { b.CorrelationId, b.CreatedAt }).ToListAsync(cancellationToken);
                waiting = [.. rows.GroupBy(r => r.CorrelationId!).Select(g => (g.Key, g.Min(r => r.CreatedAt)))];
            }
            var delivered = 0;
            foreach (var chunk in waiting.Chunk(Batch))
            {
                var since = chunk.ToDictionary(w => w.CaseId, w => w.Since, StringComparer.Ordinal);
                var ids = since.Keys.ToList();
                await using var db = await portal.CreateDbContextAsync(cancellationToken);
                var replies = await db.Messages.AsNoTracking()
                    .Where(m => ids.Contains(m.CaseId) && m.Direction == MessageDirection.FromResident && m.Kind == ResidentReplies.ReplyKind)
                    .ToListAsync(cancellationToken);
                // Dates compared here: providers store DateTimeOffset differently.
                foreach (var reply in replies.Where(r => r.SentAt >= since[r.CaseId] && (sentBefore is null || r.SentAt <= sentBefore))
                             .GroupBy(r => r.CaseId).Select(g => g.OrderBy(r => r.SentAt).First()))
                {
                    var submissionId = await db.Submissions.AsNoTracking().Where(s => s.MessageId == reply.Id).Select(s => s.Id).FirstOrDefaultAsync(cancellationToken);
                    if (await delivery.DeliverAsync(reply, submissionId, justStored: false, cancellationToken)) delivered++;
                }
            }
            if (delivered > 0) Redelivered(logger, delivered);
            return delivered;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SweepFailed(logger, e.GetType().Name);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} stored resident replies had not reached their workflows and were delivered now")]
    private static partial void Redelivered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for undelivered resident replies failed ({Error}); the next sweep tries again")]
    private static partial void SweepFailed(ILogger logger, string error);
}
