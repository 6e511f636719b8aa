using System.Globalization;

namespace FormEngine.LoadTests.Harness;

/// <summary>
/// The run's measurements as Markdown (pasted as is into docs/benchmarks.md): each path's requests a second as a
/// ratio to /health/live at the same concurrency in the same host process, then the absolute numbers.
/// </summary>
public sealed class ResultTable
{
    private readonly List<(string Host, Measurement Measurement)> _rows = [];

    public void Add(string host, Measurement measurement) => _rows.Add((host, measurement));

    public void WriteRatios(TextWriter output, IReadOnlyList<int> levels)
    {
        output.WriteLine($"| Path | {string.Join(" | ", levels.Select(l => $"{l} users"))} |");
        output.WriteLine($"|---|{string.Concat(levels.Select(_ => "---:|"))}");
        foreach (var group in _rows.GroupBy(r => (r.Host, r.Measurement.Path)))
        {
            var cells = levels.Select(level =>
            {
                var m = group.FirstOrDefault(r => r.Measurement.Concurrency == level).Measurement;
                var baseline = Baseline(group.Key.Host, level);
                return m is null || baseline is null ? "" : F(m.PerSecond / baseline.PerSecond, "0.000");
            });
            output.WriteLine($"| {group.Key.Path} | {string.Join(" | ", cells)} |");
        }
    }

    public void WriteAbsolute(TextWriter output)
    {
        output.WriteLine("| Path | users | req/s | ratio to /health/live | p50 ms | p95 ms | p99 ms | host CPU ms/req | failed |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (host, m) in _rows.OrderBy(r => r.Host, StringComparer.Ordinal).ThenBy(r => r.Measurement.Concurrency))
        {
            var baseline = Baseline(host, m.Concurrency);
            var ratio = baseline is null ? "" : F(m.PerSecond / baseline.PerSecond, "0.000");
            output.WriteLine($"| {m.Path} | {m.Concurrency} | {F(m.PerSecond, "N0")} | {ratio} | {F(m.P50Milliseconds, "0.00")} | " +
                $"{F(m.P95Milliseconds, "0.00")} | {F(m.P99Milliseconds, "0.00")} | {F(m.HostCpuMillisecondsPerRequest, "0.000")} | {m.Failed} |");
        }
    }

    /// <summary>The best rate any level reached for a path.</summary>
    public double Best(string path) => _rows.Where(r => r.Measurement.Path == path).Select(r => r.Measurement.PerSecond).DefaultIfEmpty(0).Max();

    private Measurement? Baseline(string host, int level) =>
        _rows.FirstOrDefault(r => r.Host == host && r.Measurement.Concurrency == level && r.Measurement.Path.Contains(Paths.Health, StringComparison.Ordinal)).Measurement;

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
