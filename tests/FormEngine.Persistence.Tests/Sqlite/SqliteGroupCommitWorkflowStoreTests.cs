using FormEngine.Persistence.Tests.Compliance;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence.Tests.Sqlite;

/// <summary>
/// The compliance suite on SQLite with group commit: concurrent commits share a transaction, each in its own
/// savepoint, so the race facts here check that one refused commit never spoils the others in its batch.
/// </summary>
public sealed class SqliteGroupCommitWorkflowStoreTests : WorkflowStoreComplianceTests, IDisposable
{
    private readonly SqliteTestDatabase database = new();
    private readonly List<GroupCommitWriter> writers = [];

    protected override IWorkflowStore CreateStore() => NewStore();

    /// <summary>Another process on the same file, with its own group-commit writer.</summary>
    protected override IWorkflowStore CreateOtherRuntime() => NewStore();

    private EfWorkflowStore NewStore()
    {
        var contexts = database.NewContextFactory();
        var writer = new GroupCommitWriter(contexts);
        writers.Add(writer);
        return new EfWorkflowStore(contexts, writer);
    }

    public void Dispose()
    {
        foreach (var writer in writers) writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        database.Dispose();
    }
}
