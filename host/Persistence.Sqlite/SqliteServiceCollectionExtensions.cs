using FormEngine.Persistence.Portal;
using FormEngine.Persistence;
using FormEngine.Persistence.Sqlite;
using FormEngine.Workflows.Persistence;

namespace Microsoft.Extensions.DependencyInjection;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// The workflow store on a SQLite file (e.g. <c>Data Source=formengine.db</c>), plus the
    /// <see cref="SqliteWalCheckpointer"/> the host must call periodically. Apply migrations at start-up with
    /// <c>WorkflowDatabase.MigrateAsync</c>. With <paramref name="groupCommit"/> the commits of this process that
    /// arrive together share one transaction and one flush (<see cref="GroupCommitWriter"/>).
    /// </summary>
    public static IServiceCollection AddFormEngineSqlite(this IServiceCollection services, string connectionString, bool groupCommit = true)
    {
        services.AddPooledDbContextFactory<WorkflowDbContext>(options => SqliteWorkflowStore.Configure(options, connectionString));
        services.AddPooledDbContextFactory<PortalDbContext>(options => SqliteWorkflowStore.ConfigurePortal(options, connectionString));
        if (groupCommit) services.AddSingleton<GroupCommitWriter>();
        services.AddSingleton<IWorkflowStore, EfWorkflowStore>();
        services.AddSingleton<SqliteWalCheckpointer>();
        return services;
    }
}
