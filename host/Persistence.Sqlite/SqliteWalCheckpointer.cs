using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence.Sqlite;

/// <summary>What <c>PRAGMA wal_checkpoint</c> reported: busy when a reader kept it from finishing.</summary>
public sealed record WalCheckpoint(bool Busy, long LogFrames, long CheckpointedFrames);

/// <summary>
/// Copies the write-ahead log into the database and truncates it. EF Core leaves its INSERT ... RETURNING
/// statements unfinished, so SQLite's automatic checkpoint never runs and the -wal file grows without bound
/// (60 MB after 5,000 inserts): the host calls this from a background service.
/// </summary>
public sealed class SqliteWalCheckpointer(IDbContextFactory<WorkflowDbContext> contexts)
{
    public async Task<WalCheckpoint> CheckpointAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new WalCheckpoint(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }
}
