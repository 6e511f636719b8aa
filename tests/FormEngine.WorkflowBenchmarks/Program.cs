using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FormEngine.WorkflowBenchmarks;
using FormEngine.WorkflowBenchmarks.Baseline;
using FormEngine.WorkflowBenchmarks.Harness;
using FormEngine.WorkflowBenchmarks.Peer;
using FormEngine.WorkflowBenchmarks.Runtime;

// Workflow throughput beside WorkflowCore and beside raw SQLite commits, all in one run (docs/benchmarks.md, Workflows).
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var settings = BenchmarkSettings.From(args);
#if DEBUG
Console.WriteLine("warning: a Debug build; run with -c Release for numbers worth keeping");
#endif
var root = Path.Combine(Path.GetTempPath(), "formengine-wfbench", Guid.NewGuid().ToString("N"));
var clock = Stopwatch.StartNew();
Console.WriteLine($"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}; " +
    $"{settings.Workers} workers, {settings.Operations} operations per phase after {settings.Warmup} warm-up, best of {settings.Rounds} rounds; load average {LoadAverage()}");
Console.WriteLine($"databases in {root}");

string Folder(string name)
{
    var folder = Path.Combine(root, name);
    Directory.CreateDirectory(folder);
    return folder;
}
void Progress(string what) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what}");

try
{
    if (args.Contains("--profile"))
    {
        // Only ours on an empty SQLite store, for a profiler attached from outside (dotnet-trace collect -- ...).
        var run = await RuntimeBenchmark.OnSqliteAsync(settings with { Rounds = 1 }, Folder("profile"), 0, groupCommit: !args.Contains("--single"));
        Console.WriteLine($"start {run.Starts.Measurement.PerSecond:N0}/s, stimulus {run.Resumes.Measurement.PerSecond:N0}/s");
        return;
    }

    var table = new ResultTable();
    Progress("SQLite commit baselines");
    var rawFirst = await CommitBaseline.RawLoopAsync(Folder("raw-1"), settings);
    var concurrent = await CommitBaseline.ConcurrentCommitsAsync(Folder("concurrent"), settings);
    var (group, rowsPerCommit) = await CommitBaseline.GroupCommitAsync(Folder("group"), settings);
    var (shape, shapePerTransaction) = await CommitShapeBaseline.RunAsync(Folder("shape"), settings);

    Progress("WorkflowCore, fresh");
    var wcFresh = await WorkflowCoreBenchmark.RunAsync(settings, 0);
    Progress($"WorkflowCore, {settings.WorkflowCoreStored:N0} stored");
    var wcStored = await WorkflowCoreBenchmark.RunAsync(settings, settings.WorkflowCoreStored);

    Progress("ours, SQLite FULL, empty store");
    var empty = await RuntimeBenchmark.OnSqliteAsync(settings, Folder("ours-empty"), 0, groupCommit: true);
    Progress($"ours, SQLite FULL, {settings.RuntimeStored:N0} stored");
    var full = await RuntimeBenchmark.OnSqliteAsync(settings, Folder("ours-stored"), settings.RuntimeStored, groupCommit: true);
    Progress("ours, for reference: without group commit, and on the in-memory store");
    var single = await RuntimeBenchmark.OnSqliteAsync(settings with { Rounds = 1 }, Folder("ours-single"), 0, groupCommit: false);
    var memory = await RuntimeBenchmark.InMemoryAsync(settings);
    Progress("ours, SQLite FULL, group commit, empty, with EF Core's statements and flushes counted");
    var observed = await RuntimeBenchmark.OnSqliteAsync(settings with { Rounds = 1 }, Folder("ours-observed"), 0, groupCommit: true, observeWrites: true);

    Progress("SQLite raw loop again (the better of the two is the bar)");
    var rawLast = await CommitBaseline.RawLoopAsync(Folder("raw-2"), settings);
    var raw = rawFirst.PerSecond >= rawLast.PerSecond ? rawFirst : rawLast;

    table.Baseline("SQLite FULL: raw loop, one single-row commit after another", raw,
        $"the goal's bar: the better of {rawFirst.PerSecond:N0}/s (first) and {rawLast.PerSecond:N0}/s (last)");
    table.Add($"SQLite FULL: single-row commits from {settings.Workers} writers", concurrent);
    table.Add($"SQLite FULL: group commit, {settings.Workers} writers", group, note: $"{rowsPerCommit:0.0} rows per commit");
    table.Add($"The store's commit shape without EF Core (prepared statements), group commit, {settings.Workers} writers", shape,
        note: $"{shapePerTransaction:0.0} commits per transaction; ÷ 2 commits per step = {shape.PerSecond / 2:N0} steps/s");
    table.Add("WorkflowCore 3.22.0, in memory, fresh: start to first wait", wcFresh.Starts);
    table.Add("WorkflowCore, fresh: event to completion", wcFresh.Resumes);
    table.Add($"WorkflowCore, {settings.WorkflowCoreStored:N0} stored: start to first wait", wcStored.Starts, wcFresh.Starts);
    table.Add($"WorkflowCore, {settings.WorkflowCoreStored:N0} stored: event to completion", wcStored.Resumes, wcFresh.Resumes);
    table.Add("**Ours, SQLite FULL, group commit, empty: start to bookmark**", empty.Starts.Measurement);
    table.Add("**Ours, empty: stimulus to finished**", empty.Resumes.Measurement);
    table.Add($"**Ours, {settings.RuntimeStored:N0} stored: start to bookmark**", full.Starts.Measurement, empty.Starts.Measurement);
    table.Add($"**Ours, {settings.RuntimeStored:N0} stored: stimulus to finished**", full.Resumes.Measurement, empty.Resumes.Measurement);
    table.Add("Ours, SQLite FULL, a transaction per commit, empty: start", single.Starts.Measurement, note: "one round");
    table.Add("Ours, a transaction per commit, empty: stimulus", single.Resumes.Measurement, note: "one round");
    table.Add("Ours, in-memory store (no database), empty: start", memory.Starts.Measurement);
    table.Add("Ours, in-memory store, empty: stimulus", memory.Resumes.Measurement);

    Console.WriteLine();
    table.Write(Console.Out);
    Console.WriteLine();
    Console.WriteLine("Where ours spends an operation (per operation: store calls and the time the caller waited in them; per commit and transaction: EF Core's statements and flushes):");
    Console.WriteLine();
    ProfileTable.Write(Console.Out, settings.Workers,
    [
        ("group commit, empty: start", empty.Starts), ("group commit, empty: stimulus", empty.Resumes),
        ($"group commit, {settings.RuntimeStored:N0} stored: start", full.Starts), ($"group commit, {settings.RuntimeStored:N0} stored: stimulus", full.Resumes),
        ("group commit, empty, EF Core observed: start", observed.Starts), ("group commit, empty, EF Core observed: stimulus", observed.Resumes),
        ("a transaction per commit, empty: start", single.Starts), ("a transaction per commit, empty: stimulus", single.Resumes),
        ("in-memory store: start", memory.Starts), ("in-memory store: stimulus", memory.Resumes),
    ]);
    Console.WriteLine();
    Console.WriteLine($"Total {clock.Elapsed:mm\\:ss}; load average {LoadAverage()}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(root, recursive: true); }
    catch (IOException) { Console.WriteLine($"left {root} behind"); }
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
