using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence.PostgreSql;

/// <summary>The one place that says how the workflow store talks to PostgreSQL (used by the host, the tools and the tests).</summary>
public static class PostgreSqlWorkflowStore
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgreSqlWorkflowStore).Assembly.GetName().Name));

    public static DbContextOptions<WorkflowDbContext> Options(string connectionString) =>
        ((DbContextOptionsBuilder<WorkflowDbContext>)Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), connectionString)).Options;
}
