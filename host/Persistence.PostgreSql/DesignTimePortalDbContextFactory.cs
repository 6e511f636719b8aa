using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore.Design;

namespace FormEngine.Persistence.PostgreSql;

/// <summary>For <c>scripts/portal-migrations.sh</c> (dotnet ef ... --context PortalDbContext); never connects.</summary>
public sealed class DesignTimePortalDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(PostgreSqlWorkflowStore.PortalOptions("Host=localhost;Database=formengine_design_time"));
}
