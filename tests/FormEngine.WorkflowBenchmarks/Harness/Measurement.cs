namespace FormEngine.WorkflowBenchmarks.Harness;

/// <summary>One measured phase: how many operations finished in how long, and their latencies.</summary>
public sealed record Measurement(string Name, int Operations, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds, bool HitTimeLimit)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
