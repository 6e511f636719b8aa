using FormEngine.Persistence.Tests.Compliance;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence.Tests.Sqlite;

/// <summary>The compliance suite on a SQLite file in WAL mode with synchronous=FULL, a fresh file per test.</summary>
public sealed class SqliteWorkflowStoreTests : WorkflowStoreComplianceTests, IDisposable
{
    private readonly SqliteTestDatabase database = new();

    protected override IWorkflowStore CreateStore() => database.NewStore();

    protected override IWorkflowStore CreateOtherRuntime() => database.NewStore();

    public void Dispose() => database.Dispose();
}
