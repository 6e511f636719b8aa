using Microsoft.EntityFrameworkCore;

using FormEngine.Persistence.Portal;

namespace FormEngine.Persistence.PostgreSql;

/// <summary>The one place that says how the workflow store talks to PostgreSQL (used by the host, the tools and the tests).</summary>
public static class PostgreSqlWorkflowStore
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlWorkflowStore).Assembly.GetName().Name));

    /// <summary>The portal's tables live in the same database, with their own migrations history.</summary>
    public static DbContextOptionsBuilder ConfigurePortal(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgreSqlWorkflowStore).Assembly.GetName().Name)
            .MigrationsHistoryTable(PortalDbContext.MigrationsHistoryTable));

    public static DbContextOptions<PortalDbContext> PortalOptions(string connectionString) =>
        ((DbContextOptionsBuilder<PortalDbContext>)ConfigurePortal(new DbContextOptionsBuilder<PortalDbContext>(), connectionString)).Options;

    public static DbContextOptions<WorkflowDbContext> Options(string connectionString) =>
        ((DbContextOptionsBuilder<WorkflowDbContext>)Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), connectionString)).Options;
}
