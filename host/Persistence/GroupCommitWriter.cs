using System.Threading.Channels;
using FormEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

/// <summary>
/// Group commit: one writer takes the commits that arrive together and applies them in one transaction, each
/// inside its own savepoint so that a conflict undoes only that commit. One durable flush then serves the whole
/// batch, and writers of this process no longer queue on SQLite's lock. Every caller still returns only after
/// the transaction holding its commit is durable (synchronous=FULL), and with its own outcome.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 64;

    private readonly IDbContextFactory<WorkflowDbContext> contexts;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public GroupCommitWriter(IDbContextFactory<WorkflowDbContext> contexts)
    {
        this.contexts = contexts;
        writer = Task.Run(WriteAsync);
    }

    public Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        var pending = new Pending(commit, cancellationToken);
        if (!queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(GroupCommitWriter));
        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested) pending.Done.TrySetCanceled(pending.CancellationToken);
                else batch.Add(pending);
            }
            if (batch.Count > 0) await WriteBatchAsync(batch);
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        var applied = new List<(Pending Pending, long Revision)>(batch.Count);
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var pending in batch)
            {
                await transaction.CreateSavepointAsync("group_commit");
                try
                {
                    applied.Add((pending, await WorkflowCommitStatements.ApplyAsync(db, pending.Commit, CancellationToken.None)));
                    await transaction.ReleaseSavepointAsync("group_commit");
                }
                catch (Exception refused)
                {
                    await transaction.RollbackToSavepointAsync("group_commit");
                    pending.Done.TrySetException(refused);
                }
                // Entities a refused commit left tracked must not be saved with the next one.
                db.ChangeTracker.Clear();
            }
            await transaction.CommitAsync();
        }
        catch (Exception failed)
        {
            // Nothing of the batch is durable: every commit not already refused fails with the cause.
            foreach (var pending in batch) pending.Done.TrySetException(failed);
            return;
        }
        foreach (var (pending, revision) in applied)
        {
            pending.Commit.Instance.Revision = revision;
            pending.Done.TrySetResult();
        }
    }

    private sealed record Pending(WorkflowCommit Commit, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
