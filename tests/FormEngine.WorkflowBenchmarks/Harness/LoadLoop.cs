using System.Diagnostics;

namespace FormEngine.WorkflowBenchmarks.Harness;

/// <summary>
/// A closed load loop: a fixed number of workers, each taking the next operation index and awaiting it before it
/// takes another, until all <c>count</c> operations are done or the time limit passes (then the rate is what
/// finished in the time). Closed, so that a slow system is measured slow instead of being flooded with a queue.
/// </summary>
public static class LoadLoop
{
    public static async Task<Measurement> RunAsync(string name, int count, int workers, TimeSpan limit, Func<int, Task> operation)
    {
        var latencies = new long[count];
        var next = -1;
        var finished = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();

        async Task Worker()
        {
            // Yield first: the caller's thread starts every worker before any of them runs an operation.
            await Task.Yield();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= count) return;
                var started = Stopwatch.GetTimestamp();
                await operation(index);
                latencies[index] = Stopwatch.GetTimestamp() - started;
                Interlocked.Increment(ref finished);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Worker()));
        clock.Stop();
        var done = latencies.Where(l => l > 0).Order().ToArray();
        return new Measurement(name, finished, clock.Elapsed, Percentile(done, 0.50), Percentile(done, 0.99), finished < count);
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))] * 1000.0 / Stopwatch.Frequency;
}
