using FormEngine.Persistence.Portal;
using FormEngine.Persistence;
using FormEngine.Persistence.PostgreSql;
using FormEngine.Workflows.Persistence;

namespace Microsoft.Extensions.DependencyInjection;

public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// The workflow store on PostgreSQL (an Npgsql connection string), for several hosts sharing one database.
    /// Apply migrations at start-up with <c>WorkflowDatabase.MigrateAsync</c>.
    /// </summary>
    public static IServiceCollection AddFormEnginePostgreSql(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<WorkflowDbContext>(options => PostgreSqlWorkflowStore.Configure(options, connectionString));
        services.AddPooledDbContextFactory<PortalDbContext>(options => PostgreSqlWorkflowStore.ConfigurePortal(options, connectionString));
        services.AddSingleton<IWorkflowStore, EfWorkflowStore>();
        return services;
    }
}
