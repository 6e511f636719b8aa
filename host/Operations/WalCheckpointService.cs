using FormEngine.Persistence.Sqlite;

namespace FormEngine.Host.Operations;

/// <summary>
/// Keeps SQLite's write-ahead log bounded: EF Core never lets SQLite's automatic checkpoint run
/// (toolchain.md), so the host checkpoints every 30 seconds. Only registered on SQLite.
/// </summary>
public sealed partial class WalCheckpointService(SqliteWalCheckpointer checkpointer, TimeProvider time, ILogger<WalCheckpointService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var result = await checkpointer.CheckpointAsync(stoppingToken);
                    if (result.Busy) CheckpointBusy(logger, result.LogFrames, result.CheckpointedFrames);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    CheckpointFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "WAL checkpoint busy: {Checkpointed} of {Frames} frames copied")]
    private static partial void CheckpointBusy(ILogger logger, long frames, long checkpointed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint failed")]
    private static partial void CheckpointFailed(ILogger logger, Exception exception);
}
