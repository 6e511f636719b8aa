using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace FormEngine.WorkflowBenchmarks.Baseline;

/// <summary>
/// Group commit: one writer connection takes every insert that is waiting, writes them in one transaction and
/// completes them all after its single fsync. Each caller still returns only once its row is durable, but
/// concurrent callers share the cost of a commit instead of queueing for one each.
/// </summary>
public sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<(string Id, TaskCompletionSource Done)> _pending = Channel.CreateUnbounded<(string, TaskCompletionSource)>();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private readonly Task _writer;

    public GroupCommitWriter(ReceiptsDatabase database)
    {
        _connection = database.Open();
        _insert = ReceiptsDatabase.InsertCommand(_connection);
        _writer = Task.Run(WriteAsync);
    }

    public long Batches { get; private set; }

    public Task InsertAsync(string id)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((id, done))) done.SetException(new InvalidOperationException("The writer is closed."));
        return done.Task;
    }

    private async Task WriteAsync()
    {
        var batch = new List<(string Id, TaskCompletionSource Done)>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var item)) batch.Add(item);
            try
            {
                using (var transaction = _connection.BeginTransaction())
                {
                    _insert.Transaction = transaction;
                    foreach (var (id, _) in batch)
                    {
                        _insert.Parameters["$id"].Value = id;
                        _insert.ExecuteNonQuery();
                    }
                    transaction.Commit();
                }
                Batches++;
                foreach (var (_, done) in batch) done.SetResult();
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch) done.TrySetException(e);
            }
            batch.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.Complete();
        await _writer;
        _insert.Dispose();
        await _connection.DisposeAsync();
    }
}
