using FormEngine.Persistence.PostgreSql;
using FormEngine.Persistence.Tests.Compliance;
using FormEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace FormEngine.Persistence.Tests.PostgreSql;

/// <summary>The compliance suite on PostgreSQL: one database for the class, emptied before each test.</summary>
[RequiresServer(PostgreSqlDatabaseFixture.Variable)]
public sealed class PostgreSqlWorkflowStoreTests(PostgreSqlDatabaseFixture database)
    : WorkflowStoreComplianceTests, IClassFixture<PostgreSqlDatabaseFixture>
{
    protected override IWorkflowStore CreateStore()
    {
        var store = NewStore("runtime-a");
        using var db = new WorkflowDbContext(PostgreSqlWorkflowStore.Options(database.ConnectionString));
        db.Database.ExecuteSqlRaw("TRUNCATE workflow_bookmarks, workflow_instances, workflow_stimuli, workflow_definitions");
        return store;
    }

    /// <summary>Its own connection pool (another application name), like a second host.</summary>
    protected override IWorkflowStore CreateOtherRuntime() => NewStore("runtime-b");

    private EfWorkflowStore NewStore(string runtime)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = runtime }.ConnectionString;
        return new EfWorkflowStore(new PooledDbContextFactory<WorkflowDbContext>(PostgreSqlWorkflowStore.Options(connection)));
    }
}
