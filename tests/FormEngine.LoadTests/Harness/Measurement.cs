namespace FormEngine.LoadTests.Harness;

/// <summary>
/// One phase at one concurrency: requests that succeeded in the measured window, failures, latencies, and the
/// host process's CPU time per successful request.
/// </summary>
public sealed record Measurement(
    string Path, int Concurrency, int Succeeded, int Failed, TimeSpan Elapsed,
    double P50Milliseconds, double P95Milliseconds, double P99Milliseconds, double HostCpuMillisecondsPerRequest)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}
