using System.Text.Json.Nodes;
using FormEngine.Persistence.Sqlite;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence.Tests.Sqlite;

public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Every_connection_runs_in_wal_mode_with_full_synchronous_and_a_busy_timeout()
    {
        await using var db = await database.NewContextFactory().CreateDbContextAsync();

        Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(db, "synchronous")); // 2 = FULL
        Assert.Equal(SqliteConnectionPragmas.BusyTimeoutMilliseconds.ToString(), await PragmaAsync(db, "busy_timeout"));
    }

    [Fact]
    public async Task The_wal_file_stays_bounded_after_many_commits_and_a_checkpoint()
    {
        const int commits = 2_000;
        var store = database.NewStore();
        for (var i = 0; i < commits; i++)
        {
            var instance = new WorkflowInstance
            {
                Id = $"inst-{i}", DefinitionId = "begar-intyg", DefinitionVersion = 1, CreatedAt = DateTimeOffset.UnixEpoch,
                SubStatus = WorkflowSubStatus.Suspended, State = new JsonObject { ["text"] = new string('å', 400) },
            };
            var bookmark = new Bookmark($"bm-{i}", instance.Id, "act", "Svar", "hash", null, null, null, DateTimeOffset.UnixEpoch);
            await store.CommitAsync(new WorkflowCommit(instance, null, null, [], [bookmark]));
        }

        var checkpoint = await new SqliteWalCheckpointer(database.NewContextFactory()).CheckpointAsync();

        Assert.False(checkpoint.Busy);
        var wal = new FileInfo(database.FilePath + "-wal");
        var walBytes = wal.Exists ? wal.Length : 0; // SQLite removes the WAL file when the last connection closes
        Assert.True(walBytes < 64 * 1024, $"the WAL file is {walBytes} bytes after a checkpoint");
        await using var db = await database.NewContextFactory().CreateDbContextAsync();
        Assert.Equal(commits, await db.Instances.CountAsync());
    }

    private static async Task<string> PragmaAsync(WorkflowDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
