using Microsoft.EntityFrameworkCore.Design;

namespace FormEngine.Persistence.Sqlite;

/// <summary>For <c>dotnet ef migrations add X --project host/Persistence.Sqlite</c>; never used at run time.</summary>
public sealed class DesignTimeWorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(SqliteWorkflowStore.Options("Data Source=design-time.db"));
}
