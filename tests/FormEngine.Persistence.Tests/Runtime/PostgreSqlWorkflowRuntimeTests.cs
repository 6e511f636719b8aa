using FormEngine.Persistence.PostgreSql;
using FormEngine.Persistence.Tests.PostgreSql;
using FormEngine.Tests.Workflows.Runtime;
using FormEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FormEngine.Persistence.Tests.Runtime;

/// <summary>
/// The runtime's durability suite on PostgreSQL. Needs the server ./test.sh starts (FORMENGINE_TEST_POSTGRES);
/// without it every test fails with that message rather than passing by skipping.
/// </summary>
public sealed class PostgreSqlWorkflowRuntimeTests(PostgreSqlDatabaseFixture database)
    : WorkflowRuntimeComplianceTests, IClassFixture<PostgreSqlDatabaseFixture>
{
    protected override IWorkflowStore CreateStore()
    {
        using (var db = new WorkflowDbContext(PostgreSqlWorkflowStore.Options(database.ConnectionString)))
            db.Database.ExecuteSqlRaw("TRUNCATE workflow_bookmarks, workflow_instances, workflow_stimuli, workflow_definitions");
        return new EfWorkflowStore(new PooledDbContextFactory<WorkflowDbContext>(PostgreSqlWorkflowStore.Options(database.ConnectionString)));
    }
}
