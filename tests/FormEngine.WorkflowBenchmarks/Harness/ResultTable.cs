using System.Globalization;

namespace FormEngine.WorkflowBenchmarks.Harness;

/// <summary>The run's rows as a Markdown table (pasted as is into docs/benchmarks.md), with ratios to a baseline row.</summary>
public sealed class ResultTable
{
    private readonly List<(string Row, Measurement Measurement, Measurement? Empty, string Note)> _rows = [];
    private Measurement? _baseline;

    public void Baseline(string row, Measurement measurement, string note = "")
    {
        _baseline = measurement;
        Add(row, measurement, null, note);
    }

    /// <param name="empty">The same operation on an empty store, for the stored/empty ratio.</param>
    public void Add(string row, Measurement measurement, Measurement? empty = null, string note = "") => _rows.Add((row, measurement, empty, note));

    public void Write(TextWriter output)
    {
        output.WriteLine("| Row | ops/s | p50 ms | p99 ms | ratio to the raw FULL loop | stored / empty | note |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var (row, m, empty, note) in _rows)
        {
            var ratio = _baseline is null ? "" : F(m.PerSecond / _baseline.PerSecond, "0.00");
            var stored = empty is null ? "" : F(m.PerSecond / empty.PerSecond, "0.00");
            var limit = m.HitTimeLimit ? $" (time limit: {m.Operations} done)" : "";
            output.WriteLine($"| {row} | {F(m.PerSecond, "N0")} | {F(m.P50Milliseconds, "0.00")} | {F(m.P99Milliseconds, "0.0")} | {ratio} | {stored} | {note}{limit} |");
        }
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
