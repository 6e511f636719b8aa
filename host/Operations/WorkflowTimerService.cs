using FormEngine.Workflows.Runtime;

namespace FormEngine.Host.Operations;

/// <summary>Fires the workflow runtime's due timers (reply-time reminders, auto-close) every few seconds.</summary>
public sealed partial class WorkflowTimerService(WorkflowRuntime runtime, TimeProvider time, ILogger<WorkflowTimerService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        TimerLoop.RunAsync(runtime, time, Interval, e => TimerRoundFailed(logger, e), stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "A workflow timer round failed; the loop continues")]
    private static partial void TimerRoundFailed(ILogger logger, Exception exception);
}
