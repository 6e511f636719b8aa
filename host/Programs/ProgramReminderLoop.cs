namespace FormEngine.Host.Programs;

/// <summary>Sends due Stöd och behandling reminders every few minutes (reminders are counted in days).</summary>
public sealed partial class ProgramReminderLoop(ProgramReminders reminders, TimeProvider time, ILogger<ProgramReminderLoop> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                var sent = await reminders.SendDueAsync(stoppingToken);
                if (sent > 0) Reminded(logger, sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RoundFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stöd och behandling: {Count} residents reminded")]
    private static partial void Reminded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reminder round failed; the loop continues")]
    private static partial void RoundFailed(ILogger logger, Exception exception);
}
