using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Persistence.Portal;

/// <summary>Brings both schemas (workflow store and portal) to the current version at host start-up.</summary>
public static class PortalDatabase
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await WorkflowDatabase.MigrateAsync(services, cancellationToken);
        var contexts = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
