using System.Diagnostics;

namespace FormEngine.LoadTests.Harness;

/// <summary>
/// A closed load loop by time: <c>concurrency</c> virtual users, each sending its next request when the previous
/// one is answered, first for a warm-up (not counted), then for the measured window. Closed, so a slow host is
/// measured slow instead of being flooded with a queue it can never serve. A request that fails (the operation
/// returns false or throws) counts as a failure, not as a latency.
/// </summary>
public static class ClosedLoop
{
    /// <param name="operation">(user index, request number) → whether the response was the expected one.</param>
    public static async Task<Measurement> RunAsync(
        string path, int concurrency, LoadSettings settings, Func<TimeSpan> hostCpu, Func<int, int, Task<bool>> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(settings.Warmup);
        var stopAt = measureFrom + Ticks(settings.Measure);
        var latencies = new List<long>[concurrency];
        var failed = 0;
        // The host's CPU time at the window's edges, read by a clock of its own rather than by a user.
        var cpu = SampleCpuAsync(measureFrom, stopAt, hostCpu);

        async Task User(int user)
        {
            await Task.Yield();
            var mine = latencies[user] = new List<long>(4096);
            for (var n = 0; ; n++)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= stopAt) return;
                bool ok;
                try { ok = await operation(user, n); }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { ok = false; }
                var answered = Stopwatch.GetTimestamp();
                // Only requests sent and answered inside the window count: the window's rate is then what it served.
                if (sent < measureFrom || answered > stopAt) continue;
                if (ok) mine.Add(answered - sent);
                else Interlocked.Increment(ref failed);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(User));
        var hostCpuInWindow = await cpu;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Measurement(path, concurrency, all.Length, failed, settings.Measure,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99),
            all.Length == 0 ? double.NaN : hostCpuInWindow.TotalMilliseconds / all.Length);
    }

    private static async Task<TimeSpan> SampleCpuAsync(long from, long to, Func<TimeSpan> hostCpu)
    {
        await Task.Delay(Until(from));
        var first = hostCpu();
        await Task.Delay(Until(to));
        return hostCpu() - first;
    }

    private static TimeSpan Until(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))] * 1000.0 / Stopwatch.Frequency;
}
