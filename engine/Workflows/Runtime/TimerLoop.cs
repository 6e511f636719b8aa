namespace FormEngine.Workflows.Runtime;

/// <summary>
/// The host's background timer pump: fires due timers at once (past-due ones after a restart), then every
/// <c>interval</c> on the given clock, until cancelled. A failing round is reported and the loop goes on.
/// </summary>
public static class TimerLoop
{
    public static async Task RunAsync(WorkflowRuntime runtime, TimeProvider time, TimeSpan interval, Action<Exception>? onError, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await runtime.RunDueTimersAsync(time.GetUtcNow(), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                onError?.Invoke(e);
            }
            try
            {
                await Task.Delay(interval, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
