namespace FormEngine.WorkflowBenchmarks.Runtime;

/// <summary>Where ours spends an operation, per measured phase, as a Markdown table.</summary>
public static class ProfileTable
{
    public static void Write(TextWriter output, int workers, IReadOnlyList<(string Row, RuntimeBenchmark.Phase Phase)> rows)
    {
        output.WriteLine("| Ours | latency ms (mean) | commits | ms waiting in commits | reads | ms in reads | rest ms | commits per transaction | SQL statements per commit | statement ms per commit | flush ms per transaction |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (row, phase) in rows)
        {
            var (measured, store, writes) = (phase.Measurement, phase.Store, phase.Writes);
            var n = (double)measured.Operations;
            // Every worker is busy all the time in a closed loop: mean latency = workers x elapsed / operations.
            var mean = measured.Elapsed.TotalMilliseconds * workers / n;
            var commits = store.CommitTime.TotalMilliseconds / n;
            var reads = store.ReadTime.TotalMilliseconds / n;
            var database = writes.Transactions == 0
                ? "| – | – | – | – |"
                : $"| {store.Commits / (double)writes.Transactions:0.0} | {writes.Statements / (double)store.Commits:0.0} | " +
                  $"{writes.StatementTime.TotalMilliseconds / store.Commits:0.000} | {writes.CommitTime.TotalMilliseconds / writes.Transactions:0.00} |";
            output.WriteLine($"| {row} | {mean:0.00} | {store.Commits / n:0.0} | {commits:0.00} | {store.Reads / n:0.0} | {reads:0.00} | {mean - commits - reads:0.00} {database}");
        }
    }
}
