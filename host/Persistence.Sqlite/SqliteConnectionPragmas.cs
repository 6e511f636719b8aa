using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FormEngine.Persistence.Sqlite;

/// <summary>
/// Runs on every opened connection: WAL so readers never block the writer; synchronous=FULL because a commit
/// returned to a resident (a receipt) must survive power loss, which NORMAL in WAL mode does not promise;
/// a busy timeout so concurrent writers wait for the lock instead of failing.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
