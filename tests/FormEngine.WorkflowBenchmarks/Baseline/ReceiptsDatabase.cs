using Microsoft.Data.Sqlite;

namespace FormEngine.WorkflowBenchmarks.Baseline;

/// <summary>
/// A SQLite file with one table of single-row "receipts", opened as the workflow store opens its files:
/// WAL, synchronous=FULL (every commit survives power loss), a busy timeout for concurrent writers.
/// </summary>
public sealed class ReceiptsDatabase(string path)
{
    /// <summary>About the size of a small committed row; the fsync, not the bytes, is what costs.</summary>
    public static readonly string Body = new('x', 200);

    public string Path => path;

    public static ReceiptsDatabase Create(string folder)
    {
        var database = new ReceiptsDatabase(System.IO.Path.Combine(folder, "receipts.db"));
        using var connection = database.Open();
        Execute(connection, "CREATE TABLE receipts (id TEXT PRIMARY KEY, body TEXT NOT NULL);");
        return database;
    }

    public SqliteConnection Open()
    {
        // No pooling: every worker keeps its own connection for the whole phase anyway.
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
        return connection;
    }

    public static SqliteCommand InsertCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO receipts (id, body) VALUES ($id, $body);";
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$body", SqliteType.Text).Value = Body;
        command.Prepare();
        return command;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
