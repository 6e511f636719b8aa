using FormEngine.Persistence.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FormEngine.Persistence.Tests.PostgreSql;

/// <summary>
/// A fresh, migrated database per test class on the server that <see cref="Variable"/> names (test.sh starts a
/// private one with scripts/postgres.sh), dropped afterwards. Created on first use, so that a skipped class
/// never needs the server and a missing server fails the tests that run, with the reason.
/// </summary>
public sealed class PostgreSqlDatabaseFixture : IDisposable
{
    public const string Variable = "FORMENGINE_TEST_POSTGRES";

    private readonly string name = $"formengine_test_{Guid.NewGuid():N}";
    private readonly Lazy<string> connectionString;
    private string? server;

    public PostgreSqlDatabaseFixture() => connectionString = new Lazy<string>(Create);

    public string ConnectionString => connectionString.Value;

    private string Create()
    {
        server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(server))
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL store cannot be tested. ./test.sh starts a private server with scripts/postgres.sh; in CI that must work.");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        using var db = new WorkflowDbContext(PostgreSqlWorkflowStore.Options(database));
        db.Database.Migrate();
        return database;
    }

    public void Dispose()
    {
        if (!connectionString.IsValueCreated || server is null) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
