using FormEngine.Persistence;
using FormEngine.Persistence.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.WorkflowBenchmarks.Runtime;

/// <summary>
/// Fills the SQLite store with suspended instances in seconds: copies of one instance that really ran to its
/// bookmark, row for row (instance and bookmark, in the indexed tables), each with its own instance id, bookmark
/// id and correlation id replaced wherever the template's appear, including inside the state JSON. Column lists
/// come from the live tables, so the copies follow whatever schema the migrations made.
/// </summary>
public static class SuspendedInstanceSeeder
{
    public static string CorrelationIdOf(int i) => $"stored-{i}";

    public static async Task SeedAsync(IDbContextFactory<WorkflowDbContext> contexts, string connectionString, string templateInstanceId, int count)
    {
        string instances, bookmarks;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            instances = db.Model.FindEntityType(typeof(InstanceRecord))!.GetTableName()!;
            bookmarks = db.Model.FindEntityType(typeof(BookmarkRecord))!.GetTableName()!;
        }
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        var template = await ScalarsAsync(connection,
            $"SELECT i.id, i.correlation_id, b.id FROM {instances} i JOIN {bookmarks} b ON b.instance_id = i.id WHERE i.id = $id", templateInstanceId);

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        foreach (var table in new[] { instances, bookmarks })
        {
            var columns = await ColumnsAsync(connection, table);
            var select = string.Join(", ", columns.Select(c => c.IsText
                ? $"replace(replace(replace(t.{c.Name}, $instance, 'seed' || printf('%028d', n.i)), $bookmark, 'seedb' || printf('%027d', n.i)), $correlation, 'stored-' || n.i)"
                : $"t.{c.Name}"));
            var key = table == instances ? "t.id" : "t.instance_id";
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $count)
                INSERT INTO {table} ({string.Join(", ", columns.Select(c => c.Name))})
                SELECT {select} FROM {table} t, n WHERE {key} = $instance
                """;
            insert.Parameters.AddWithValue("$count", count);
            insert.Parameters.AddWithValue("$instance", template[0]);
            insert.Parameters.AddWithValue("$correlation", template[1]);
            insert.Parameters.AddWithValue("$bookmark", template[2]);
            var rows = await insert.ExecuteNonQueryAsync();
            if (rows != count) throw new InvalidOperationException($"Seeding {table} wrote {rows} rows, not {count}.");
        }
        await transaction.CommitAsync();
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static async Task<List<(string Name, bool IsText)>> ColumnsAsync(SqliteConnection connection, string table)
    {
        var columns = new List<(string, bool)>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1).Contains("TEXT", StringComparison.OrdinalIgnoreCase)));
        return columns;
    }

    private static async Task<string[]> ScalarsAsync(SqliteConnection connection, string sql, string id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException($"Template instance {id} has no bookmark row.");
        var values = new[] { reader.GetString(0), reader.GetString(1), reader.GetString(2) };
        if (await reader.ReadAsync()) throw new InvalidOperationException($"Template instance {id} has more than one bookmark.");
        return values;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
