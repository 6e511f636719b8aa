using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FormEngine.LoadTests.Checks;
using FormEngine.LoadTests.Harness;
using FormEngine.LoadTests.Residents;
using FormEngine.LoadTests.Serving;

namespace FormEngine.LoadTests;

/// <summary>The host's real HTTP paths under load, each as a ratio to /health/live in the same run (docs/benchmarks.md, Host load test).</summary>
public static class LoadTestProgram
{
    // Not top-level statements: those would declare a Program beside the host's, which WebApplicationFactory needs.
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        if (args.FirstOrDefault() == ServeCommand.Flag) return await ServeCommand.RunAsync(args);

        var settings = LoadSettings.From(args);
#if DEBUG
        Console.WriteLine("warning: a Debug build; run with -c Release for numbers worth keeping");
#endif
        var root = Path.Combine(Path.GetTempPath(), "formengine-loadtest", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var definitions = Path.Combine(RepositoryRoot.Find(), "definitions");
        const string SigningKey = "load-test-development-signing-key-0123456789";
        var clock = Stopwatch.StartNew();
        void Progress(string what) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what}");

        Console.WriteLine($"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}; " +
            $"concurrency {string.Join(", ", settings.Concurrency)}; {settings.Warmup.TotalSeconds:0.0} s warm-up + {settings.Measure.TotalSeconds:0.0} s measured per phase; load average {LoadAverage()}");
        Console.WriteLine($"databases and host logs in {root}");

        var table = new ResultTable();
        var verdicts = new List<(string Host, CaseLedger.Verdict Verdict)>();
        var completed = false;
        try
        {
            // Host 1: the HTTP stack, the read paths, logins and intake with the workflow-start dispatcher stopped.
            var intakeDb = Path.Combine(root, "intake.db");
            Progress("host 1 (dispatcher off): starting");
            await using (var host = await HostProcess.StartAsync(intakeDb, definitions, SigningKey, dispatcher: false, Path.Combine(root, "host-intake.log")))
            await using (var ledger = new CaseLedger(intakeDb))
            {
                using var client = PortalClient.For(host.Address);
                var residents = await ResidentPool.CreateAsync(client, settings.Residents, 100, ledger);
                foreach (var level in settings.Concurrency)
                {
                    Progress($"host 1: {level} concurrent users");
                    Task<Measurement> Run(string path, Func<int, int, Task<bool>> operation) => ClosedLoop.RunAsync(path, level, settings, () => host.CpuTime, operation);
                    table.Add("1", await Run(Paths.Health, (_, _) => Live(client)));
                    table.Add("1", await Run(Paths.StartPage, (u, _) => residents[u].GetPageAsync("/")));
                    table.Add("1", await Run(Paths.ClinicPage, (u, _) => residents[u].GetPageAsync($"/mottagningar/{VirtualResident.Clinic}")));
                    table.Add("1", await Run(Paths.FormPage, (u, _) => residents[u].GetPageAsync(residents[u].DraftPage!)));
                    table.Add("1", await Run(Paths.Login, (u, _) => residents[u].LogInAsync()));
                    table.Add("1", await Run(Paths.Submit, async (u, _) => await residents[u].SubmitAsync() is { } id && Accept(ledger, id)));
                }
                verdicts.Add(("dispatcher off", await ledger.CheckAsync([.. residents.Select(r => r.Personnummer)])));
            }

            // Host 2: the same submissions while the dispatcher starts each case's workflow (routing it to a queue).
            var routedDb = Path.Combine(root, "routed.db");
            Progress("host 2 (dispatcher on): starting");
            await using (var host = await HostProcess.StartAsync(routedDb, definitions, SigningKey, dispatcher: true, Path.Combine(root, "host-routed.log")))
            await using (var ledger = new CaseLedger(routedDb))
            {
                using var client = PortalClient.For(host.Address);
                var residents = await ResidentPool.CreateAsync(client, settings.Residents, 600, ledger);
                var pnrs = residents.Select(r => r.Personnummer).ToList();
                foreach (var level in settings.Concurrency)
                {
                    Progress($"host 2: {level} concurrent users");
                    Task<Measurement> Run(string path, Func<int, int, Task<bool>> operation) => ClosedLoop.RunAsync(path, level, settings, () => host.CpuTime, operation);
                    table.Add("2", await Run(Paths.Health + " (host 2)", (_, _) => Live(client)));
                    table.Add("2", await Run(Paths.SubmitRouted, async (u, _) => await residents[u].SubmitAsync() is { } id && Accept(ledger, id)));
                }
                var atEnd = await ledger.CheckAsync(pnrs);
                Progress($"host 2: {atEnd.OutboxPending} of {atEnd.Accepted} workflow starts still pending when the last submission was answered; waiting for the dispatcher");
                var drain = Stopwatch.StartNew();
                var verdict = atEnd;
                while (verdict.OutboxPending > 0 && drain.Elapsed < settings.DrainLimit)
                {
                    await Task.Delay(250);
                    verdict = await ledger.CheckAsync(pnrs);
                }
                var drained = atEnd.OutboxPending - verdict.OutboxPending;
                Progress($"host 2: the dispatcher started {drained} workflows in {drain.Elapsed.TotalSeconds:0.0} s after the load ({drained / Math.Max(drain.Elapsed.TotalSeconds, 0.001):N0}/s); {verdict.OutboxPending} still pending");
                verdicts.Add(("dispatcher on", verdict));
            }

            Console.WriteLine();
            Console.WriteLine("Requests a second as a ratio to GET /health/live at the same concurrency, same host process:");
            Console.WriteLine();
            table.WriteRatios(Console.Out, settings.Concurrency);
            Console.WriteLine();
            table.WriteAbsolute(Console.Out);
            Console.WriteLine();
            NationalTarget.Write(Console.Out, table);
            Console.WriteLine();
            var holds = true;
            foreach (var (name, v) in verdicts)
            {
                Console.WriteLine($"Check, {name}: {v.Accepted} submissions accepted (201), {v.Cases} cases of the run's residents, {v.Missing} missing, {v.Extra} extra, " +
                    $"{v.NotExactlyOneSubmission} without exactly one submission; {v.WorkflowStarted} with a workflow instance, {v.InAQueue} in a queue, {v.OutboxPending} starts pending: {(v.Holds ? "holds" : "FAILS")}");
                holds &= v.Holds;
            }
            var routed = verdicts.Last().Verdict;
            if (routed.OutboxPending > 0 || routed.WorkflowStarted != routed.Cases)
            {
                Console.WriteLine($"Check, dispatcher on: {routed.Cases - routed.WorkflowStarted} cases have no workflow instance after {settings.DrainLimit.TotalSeconds:0} s: FAILS");
                holds = false;
            }
            Console.WriteLine($"Total {clock.Elapsed:mm\\:ss}; load average {LoadAverage()}");
            completed = true;
            return holds ? 0 : 1;
        }
        finally
        {
            // Kept after a failure: the host logs are there.
            if (!completed) Console.WriteLine($"the run did not complete; databases and host logs left in {root}");
            else
            {
                try { Directory.Delete(root, recursive: true); }
                catch (IOException) { Console.WriteLine($"left {root} behind"); }
            }
        }
    }

    private static bool Accept(CaseLedger ledger, string caseId)
    {
        ledger.Accepted.Add(caseId);
        return true;
    }

    private static async Task<bool> Live(HttpClient client)
    {
        using var response = await client.GetAsync("/health/live");
        return response.IsSuccessStatusCode;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
