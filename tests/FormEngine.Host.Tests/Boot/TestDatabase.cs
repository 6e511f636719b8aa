using System.Collections.Concurrent;
using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.PostgreSql;
using FormEngine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FormEngine.Host.Tests.Boot;

/// <summary>
/// The database the host tests run on. Tests name a database by a file in their <see cref="TempFolder"/>; on
/// SQLite that is the file, on PostgreSQL (<see cref="Variable"/>=postgresql, as test.sh's second run sets) it
/// stands for a fresh database of its own on the <see cref="ServerVariable"/> server, created on first use (so a
/// restarted host finds its data again) and dropped when the folder is disposed.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "FORMENGINE_HOST_TESTS_DATABASE";
    public const string ServerVariable = "FORMENGINE_TEST_POSTGRES";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Databases = new(StringComparer.Ordinal);

    public static bool IsPostgreSql { get; } = Choose();

    public static string Provider => IsPostgreSql ? "PostgreSql" : "Sqlite";

    /// <summary>The connection string for the database a test's file stands for.</summary>
    public static string ConnectionString(string databaseFile) =>
        IsPostgreSql ? Databases.GetOrAdd(Path.GetFullPath(databaseFile), file => new Lazy<string>(Create)).Value : $"Data Source={databaseFile}";

    /// <summary>Portal options for reading or writing the database while no host (or beside a host) runs.</summary>
    public static DbContextOptions<PortalDbContext> PortalOptions(string databaseFile) =>
        IsPostgreSql ? PostgreSqlWorkflowStore.PortalOptions(ConnectionString(databaseFile)) : SqliteWorkflowStore.PortalOptions(ConnectionString(databaseFile));

    /// <summary>Drops the PostgreSQL databases of the files in a folder (a no-op on SQLite: the folder goes).</summary>
    public static void DropUnder(string folder)
    {
        var prefix = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var (file, database) in Databases)
        {
            if (!file.StartsWith(prefix, StringComparison.Ordinal) || !Databases.TryRemove(file, out _) || !database.IsValueCreated) continue;
            var name = new NpgsqlConnectionStringBuilder(database.Value).Database;
            Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static bool Choose()
    {
        var chosen = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(chosen) || chosen.Equals("sqlite", StringComparison.OrdinalIgnoreCase)) return false;
        if (chosen.Equals("postgresql", StringComparison.OrdinalIgnoreCase)) return true;
        throw new InvalidOperationException($"{Variable}={chosen}: expected sqlite or postgresql.");
    }

    private static readonly Lazy<string> Template = new(CreateTemplate);

    // A copy of a migrated template is much faster than migrating every database (the host's own migration at
    // start then finds nothing to do).
    private static string Create()
    {
        var name = $"fe_host_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE {name} TEMPLATE {Template.Value} STRATEGY FILE_COPY");
        return Named(name);
    }

    private static string CreateTemplate()
    {
        var name = $"fe_host_template_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE {name}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        var connectionString = Named(name);
        using (var workflows = new WorkflowDbContext(PostgreSqlWorkflowStore.Options(connectionString))) workflows.Database.Migrate();
        using (var portal = new PortalDbContext(PostgreSqlWorkflowStore.PortalOptions(connectionString))) portal.Database.Migrate();
        // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
        using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        return name;
    }

    private static string Named(string database) => new NpgsqlConnectionStringBuilder(Server()) { Database = database }.ConnectionString;

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    // Never a silent fall-back to SQLite: the PostgreSQL run would then pass without testing PostgreSQL.
    private static string Server() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{Variable}=postgresql but {ServerVariable} is not set: ./test.sh starts a private server, or run scripts/postgres.sh start and export {ServerVariable}=<its output>.");
}
