using System.Threading.Channels;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Marks started outbox rows (and gives their cases the instance id) for all the starts that finish together, in one
/// portal transaction: one durable flush per batch instead of one per case, so that marking does not take turns at the
/// database's writer lock with intake once per case. Each caller returns when its own mark is durable.
/// </summary>
public sealed class WorkflowStartMarks : IAsyncDisposable
{
    private const int MaxBatch = 64;

    private readonly IDbContextFactory<PortalDbContext> _portal;
    private readonly TimeProvider _clock;
    private readonly Channel<Mark> _queue = Channel.CreateUnbounded<Mark>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public WorkflowStartMarks(IDbContextFactory<PortalDbContext> portal, TimeProvider clock)
    {
        _portal = portal;
        _clock = clock;
        _writer = Task.Run(WriteAsync);
    }

    public Task MarkAsync(string caseId, string instanceId)
    {
        var mark = new Mark(caseId, instanceId);
        if (!_queue.Writer.TryWrite(mark)) throw new ObjectDisposedException(nameof(WorkflowStartMarks));
        return mark.Done.Task;
    }

    /// <summary>Takes no more marks; the ones queued are still written.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    public async ValueTask DisposeAsync()
    {
        Complete();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var batch = new List<Mark>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var mark)) batch.Add(mark);
            try
            {
                await WriteBatchAsync(batch);
                foreach (var mark in batch) mark.Done.TrySetResult();
            }
            catch (Exception e)
            {
                // Nothing of the batch is durable; each start records the failure and is retried (its instance is found then).
                foreach (var mark in batch) mark.Done.TrySetException(e);
            }
        }
    }

    private async Task WriteBatchAsync(List<Mark> batch)
    {
        var now = _clock.GetUtcNow();
        var caseIds = batch.Select(m => m.CaseId).ToList();
        await using var db = await _portal.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Only the instance id: staff or the workflow may be changing the same case, and this must not race with them.
        foreach (var mark in batch)
            await db.Cases.Where(c => c.Id == mark.CaseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.WorkflowInstanceId, mark.InstanceId));
        await db.WorkflowStarts.Where(w => caseIds.Contains(w.CaseId) && w.StartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.StartedAt, now).SetProperty(w => w.LastError, (string?)null)
                .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null));
        await transaction.CommitAsync();
    }

    private sealed record Mark(string CaseId, string InstanceId)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
