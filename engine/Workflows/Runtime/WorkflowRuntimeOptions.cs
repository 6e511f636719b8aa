namespace FormEngine.Workflows.Runtime;

public sealed record WorkflowRuntimeOptions
{
    /// <summary>Who claims timers: unique per runtime process (host name + process id in the host).</summary>
    public string Owner { get; init; } = Environment.MachineName + ":" + Environment.ProcessId + ":" + Guid.NewGuid().ToString("N")[..8];
    /// <summary>How long a timer claim lasts; a runtime that dies holding one delays that timer by at most this.</summary>
    public TimeSpan TimerClaim { get; init; } = TimeSpan.FromMinutes(1);
    public int TimerBatch { get; init; } = 100;
    /// <summary>A bound on event chains (instances resuming each other), against endless ping-pong.</summary>
    public int MaxFollowUps { get; init; } = 1000;
    public Expressions.ExpressionLimits ExpressionLimits { get; init; } = Expressions.ExpressionLimits.Default;
}
