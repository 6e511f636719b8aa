using FormEngine.Persistence.Tests.Sqlite;
using FormEngine.Tests.Workflows.Runtime;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence.Tests.Runtime;

/// <summary>The runtime's durability suite on SQLite (WAL, synchronous=FULL, group commit as the host runs it).</summary>
public sealed class SqliteWorkflowRuntimeTests : WorkflowRuntimeComplianceTests, IDisposable
{
    private readonly List<SqliteTestDatabase> _databases = [];

    protected override IWorkflowStore CreateStore()
    {
        var database = new SqliteTestDatabase();
        _databases.Add(database);
        return database.NewStore();
    }

    public void Dispose()
    {
        foreach (var database in _databases) database.Dispose();
    }
}
