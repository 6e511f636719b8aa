using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FormEngine.WorkflowBenchmarks.Runtime;

/// <summary>
/// Watches EF Core's diagnostic events (no change to the store needed): SQL statements inside write transactions
/// and their database time, and transaction commits (where SQLite's FULL flush happens) and their time. Together
/// with the commits the runtime asked for, this shows how many commits share a transaction and whether the writer
/// waits on the disk or on its own CPU.
/// </summary>
public sealed class EfCoreActivity : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private long _statements, _statementTicks, _transactions, _transactionTicks;

    public EfCoreActivity(bool enabled = true)
    {
        if (enabled) _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public EfCoreCounts Snapshot() => new(
        Interlocked.Read(ref _statements), TimeSpan.FromTicks(Interlocked.Read(ref _statementTicks)),
        Interlocked.Read(ref _transactions), TimeSpan.FromTicks(Interlocked.Read(ref _transactionTicks)));

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this, IsWatched));
    }

    private static bool IsWatched(string name) =>
        name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.TransactionCommitted.Name;

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandExecutedEventData { Command.Transaction: not null } command:
                Interlocked.Increment(ref _statements);
                Interlocked.Add(ref _statementTicks, command.Duration.Ticks);
                break;
            case TransactionEndEventData transaction when value.Key == RelationalEventId.TransactionCommitted.Name:
                Interlocked.Increment(ref _transactions);
                Interlocked.Add(ref _transactionTicks, transaction.Duration.Ticks);
                break;
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}

/// <summary>Statements run inside write transactions, and transaction commits, with their summed durations.</summary>
public sealed record EfCoreCounts(long Statements, TimeSpan StatementTime, long Transactions, TimeSpan CommitTime)
{
    public EfCoreCounts Since(EfCoreCounts earlier) => new(Statements - earlier.Statements, StatementTime - earlier.StatementTime,
        Transactions - earlier.Transactions, CommitTime - earlier.CommitTime);
}
