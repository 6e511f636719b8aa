using Microsoft.EntityFrameworkCore;

using FormEngine.Persistence.Portal;

namespace FormEngine.Persistence.Sqlite;

/// <summary>The one place that says how the workflow store talks to SQLite (used by the host, the tools and the tests).</summary>
public static class SqliteWorkflowStore
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteWorkflowStore).Assembly.GetName().Name))
            .AddInterceptors(new SqliteConnectionPragmas());

    /// <summary>The portal's tables live in the same file, with their own migrations history.</summary>
    public static DbContextOptionsBuilder ConfigurePortal(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(typeof(SqliteWorkflowStore).Assembly.GetName().Name)
                .MigrationsHistoryTable(PortalDbContext.MigrationsHistoryTable))
            .AddInterceptors(new SqliteConnectionPragmas());

    public static DbContextOptions<PortalDbContext> PortalOptions(string connectionString) =>
        ((DbContextOptionsBuilder<PortalDbContext>)ConfigurePortal(new DbContextOptionsBuilder<PortalDbContext>(), connectionString)).Options;

    public static DbContextOptions<WorkflowDbContext> Options(string connectionString) =>
        ((DbContextOptionsBuilder<WorkflowDbContext>)Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), connectionString)).Options;
}
