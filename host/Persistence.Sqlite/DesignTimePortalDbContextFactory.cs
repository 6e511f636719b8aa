using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore.Design;

namespace FormEngine.Persistence.Sqlite;

/// <summary>For <c>scripts/portal-migrations.sh</c> (dotnet ef ... --context PortalDbContext); never used at run time.</summary>
public sealed class DesignTimePortalDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(SqliteWorkflowStore.PortalOptions("Data Source=design-time.db"));
}
