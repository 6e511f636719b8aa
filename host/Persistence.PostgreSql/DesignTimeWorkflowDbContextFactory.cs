using Microsoft.EntityFrameworkCore.Design;

namespace FormEngine.Persistence.PostgreSql;

/// <summary>For <c>dotnet ef migrations add X --project host/Persistence.PostgreSql</c>; never connects.</summary>
public sealed class DesignTimeWorkflowDbContextFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args) =>
        new(PostgreSqlWorkflowStore.Options("Host=localhost;Database=formengine_design_time"));
}
