using System.Threading.Channels;
using FormEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

/// <summary>
/// Group commit: one writer takes the commits that arrive together and applies them in one transaction, each
/// inside its own savepoint so that a conflict undoes only that commit. One durable flush then serves the whole
/// batch, and writers of this process no longer queue on SQLite's lock. Every caller still returns only after the
/// transaction holding its commit is durable (synchronous=FULL), and with its own outcome. The statements run as
/// prepared commands on the writer's own open connection (<see cref="PreparedCommitStatements"/>), since EF Core's
/// per-statement pipeline cost most of each commit.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 64;

    private readonly IDbContextFactory<WorkflowDbContext> contexts;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private WorkflowDbContext? context;
    private PreparedCommitStatements? prepared;

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
        await CloseAsync();
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
            var statements = await OpenAsync();
            await using var transaction = await context!.Database.GetDbConnection().BeginTransactionAsync();
            statements.Enlist(transaction);
            foreach (var pending in batch)
            {
                statements.Savepoint();
                try
                {
                    var revision = statements.Apply(pending.Commit);
                    statements.ReleaseSavepoint();
                    applied.Add((pending, revision));
                }
                catch (Exception refused)
                {
                    statements.RollbackToSavepoint();
                    pending.Done.TrySetException(refused);
                }
            }
            await transaction.CommitAsync();
        }
        catch (Exception failed)
        {
            // Nothing of the batch is durable: every commit not already refused fails with the cause. The connection
            // may be broken, so the next batch opens a new one.
            await CloseAsync();
            foreach (var pending in batch) pending.Done.TrySetException(failed);
            return;
        }
        foreach (var (pending, revision) in applied)
        {
            pending.Commit.Instance.Revision = revision;
            pending.Done.TrySetResult();
        }
    }

    /// <summary>The writer's own connection, opened through EF Core (so its connection set-up runs), kept with its prepared commands.</summary>
    private async Task<PreparedCommitStatements> OpenAsync()
    {
        if (prepared is not null) return prepared;
        context = await contexts.CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        return prepared = new PreparedCommitStatements(context.Database.GetDbConnection());
    }

    private async Task CloseAsync()
    {
        prepared?.Dispose();
        prepared = null;
        if (context is not null)
        {
            await context.Database.CloseConnectionAsync();
            await context.DisposeAsync();
            context = null;
        }
    }

    private sealed record Pending(WorkflowCommit Commit, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
