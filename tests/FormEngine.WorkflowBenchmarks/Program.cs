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
    $"{settings.Workers} workers, {settings.Operations} operations per phase after {settings.Warmup} warm-up; load average {LoadAverage()}");
Console.WriteLine($"databases in {root}");

string Folder(string name)
{
    var folder = Path.Combine(root, name);
    Directory.CreateDirectory(folder);
    return folder;
}
void Progress(string what) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what}");

if (args.Contains("--profile"))
{
    // Only ours on an empty SQLite store, for a profiler attached from outside (dotnet-trace collect -- ...).
    var run = await RuntimeBenchmark.OnSqliteAsync(settings, Folder("profile"), 0, groupCommit: !args.Contains("--single"));
    Console.WriteLine($"start {run.Phases.Starts.PerSecond:N0}/s, stimulus {run.Phases.Resumes.PerSecond:N0}/s");
    Directory.Delete(root, recursive: true);
    return;
}

var table = new ResultTable();
var profile = new List<(string Row, Measurement Phase, StoreTimes Store, EfCoreCounts Writes)>();
try
{
    Progress("SQLite commit baselines");
    table.Baseline("SQLite FULL: raw loop, one single-row commit after another", await CommitBaseline.RawLoopAsync(Folder("raw"), settings), "the goal's bar");
    table.Add($"SQLite FULL: single-row commits from {settings.Workers} writers", await CommitBaseline.ConcurrentCommitsAsync(Folder("concurrent"), settings));
    var (group, rowsPerCommit) = await CommitBaseline.GroupCommitAsync(Folder("group"), settings);
    table.Add($"SQLite FULL: group commit, {settings.Workers} writers", group, note: $"{rowsPerCommit:0.0} rows per commit");

    // WorkflowCore's dispatcher runs MaxConcurrentWorkflows (default 4) at a time and sleeps when that many are
    // busy; raised to the number of workers so that its figures stay an upper bound.
    Progress("WorkflowCore, fresh");
    var tuned = (WorkflowCore.Models.WorkflowOptions o) => o.UseMaxConcurrentWorkflows(settings.Workers);
    var wcFresh = await WorkflowCoreBenchmark.RunAsync(settings, 0, tuned);
    Progress($"WorkflowCore, {settings.WorkflowCoreStored:N0} stored");
    var wcStored = await WorkflowCoreBenchmark.RunAsync(settings, settings.WorkflowCoreStored, tuned);
    table.Add("WorkflowCore 3.22.0, in memory, fresh: start to first wait", wcFresh.Starts);
    table.Add("WorkflowCore, fresh: event to completion", wcFresh.Resumes);
    table.Add($"WorkflowCore, {settings.WorkflowCoreStored:N0} stored: start to first wait", wcStored.Starts, wcFresh.Starts);
    table.Add($"WorkflowCore, {settings.WorkflowCoreStored:N0} stored: event to completion", wcStored.Resumes, wcFresh.Resumes);

    Progress("ours, SQLite FULL, empty store");
    var empty = await RuntimeBenchmark.OnSqliteAsync(settings, Folder("ours-empty"), 0, groupCommit: true);
    Progress($"ours, SQLite FULL, {settings.RuntimeStored:N0} stored");
    var full = await RuntimeBenchmark.OnSqliteAsync(settings, Folder("ours-stored"), settings.RuntimeStored, groupCommit: true);
    Progress("ours, for reference: without group commit, and on the in-memory store");
    var single = await RuntimeBenchmark.OnSqliteAsync(settings, Folder("ours-single"), 0, groupCommit: false);
    var memory = await RuntimeBenchmark.InMemoryAsync(settings);

    table.Add("**Ours, SQLite FULL, group commit, empty: start to bookmark**", empty.Phases.Starts);
    table.Add("**Ours, empty: stimulus to finished**", empty.Phases.Resumes);
    table.Add($"**Ours, {settings.RuntimeStored:N0} stored: start to bookmark**", full.Phases.Starts, empty.Phases.Starts);
    table.Add($"**Ours, {settings.RuntimeStored:N0} stored: stimulus to finished**", full.Phases.Resumes, empty.Phases.Resumes);
    table.Add("Ours, SQLite FULL, a commit each (no group commit), empty: start", single.Phases.Starts);
    table.Add("Ours, no group commit, empty: stimulus", single.Phases.Resumes);
    table.Add("Ours, in-memory store (no database), empty: start", memory.Phases.Starts);
    table.Add("Ours, in-memory store, empty: stimulus", memory.Phases.Resumes);

    foreach (var (name, run) in new[] { ("group commit, empty", empty), ($"group commit, {settings.RuntimeStored:N0} stored", full), ("a commit each, empty", single), ("in memory", memory) })
    {
        profile.Add(($"{name}: start", run.Phases.Starts, run.StartStore, run.StartWrites));
        profile.Add(($"{name}: stimulus", run.Phases.Resumes, run.ResumeStore, run.ResumeWrites));
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try { Directory.Delete(root, recursive: true); }
    catch (IOException) { Console.WriteLine($"left {root} behind"); }
}

Console.WriteLine();
table.Write(Console.Out);
Console.WriteLine();
Console.WriteLine("Where an operation's time goes (store calls per operation, and the mean time one operation waited in them):");
Console.WriteLine();
Console.WriteLine("| Ours | mean latency ms | commits | ms in commits | reads | ms in reads | rest ms | transactions | SQL statements per commit | statement ms per commit | flush ms per transaction |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var (row, phase, store, writes) in profile)
{
    var n = (double)phase.Operations;
    var mean = phase.Elapsed.TotalMilliseconds * settings.Workers / n;
    var commits = store.CommitTime.TotalMilliseconds / n;
    var reads = store.ReadTime.TotalMilliseconds / n;
    var perCommit = Math.Max(1, store.Commits);
    var perTransaction = Math.Max(1, writes.Transactions);
    Console.WriteLine($"| {row} | {mean:0.00} | {store.Commits / n:0.0} | {commits:0.00} | {store.Reads / n:0.0} | {reads:0.00} | {mean - commits - reads:0.00} | " +
        $"{writes.Transactions / n:0.00} per op, {store.Commits / (double)perTransaction:0.0} commits each | {writes.Statements / (double)perCommit:0.0} | " +
        $"{writes.StatementTime.TotalMilliseconds / perCommit:0.000} | {writes.CommitTime.TotalMilliseconds / perTransaction:0.00} |");
}
Console.WriteLine();
Console.WriteLine($"Total {clock.Elapsed:mm\\:ss}; load average {LoadAverage()}");

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
