using System.Diagnostics;
using FormEngine.EndToEnd.Tests.Journeys;
using FormEngine.Host.Cases;
using Xunit.Abstractions;

namespace FormEngine.EndToEnd.Tests.Durability;

/// <summary>
/// kill -9 of the running host (a separate process on a SQLite file): a receipt the resident was shown is never
/// lost, nothing is stored twice, and the case's workflow is started after the restart when the crash came before
/// it (the workflow-start outbox). Power loss itself cannot be simulated here; that the receipt waits for a
/// synchronous=FULL commit is asserted by the host's integration tests.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class KillDuringSubmissionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Resident = DemoPeople.Tolvan.Replace("-", "", StringComparison.Ordinal);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "formengine-kill-" + Guid.NewGuid().ToString("N"));
    private string DatabaseFile => Directory.CreateDirectory(folder).FullName + "/formengine.db";


    [Fact]
    public async Task A_case_with_a_receipt_survives_kill_9_once_and_its_workflow_starts_after_restart()
    {
        Receipt receipt;
        PreparedDraft draft;
        var port = HostProcess.FreePort();
        // One client throughout: the resident's browser keeps its cookies while the host dies and comes back.
        using var resident = new ResidentHttpClient(new Uri($"http://127.0.0.1:{port}/"));
        await using (var host = await HostProcess.StartAsync(DatabaseFile, port))
        {
            await resident.LogInAsync(Resident);
            draft = await resident.PrepareRenewalAsync();
            receipt = await resident.SendAsync(draft);
            host.KillHard();
        }

        var file = new PortalFile(DatabaseFile);
        var afterKill = await file.CaseAsync(receipt.CaseId);
        output.WriteLine($"After kill -9: {afterKill}");
        Assert.Equal((1, 1, receipt.Reference), (afterKill.Cases, afterKill.Submissions, afterKill.Reference));

        await using (var host = await HostProcess.StartAsync(DatabaseFile, port))
        {
            var clock = Stopwatch.StartNew();
            var started = await WaitForWorkflowAsync(file, receipt.CaseId);
            output.WriteLine($"Workflow started {clock.Elapsed.TotalSeconds:0.0} s after the restart was ready.");
            Assert.True(started is { OutboxStarted: true, InstanceExists: true },
                $"The workflow of {receipt.Reference} did not start after the restart: {started}\n{host.Output}");

            // The resident retries the same send (e.g. the browser resends after the crash): the same receipt, no second case.
            var again = await resident.SendAsync(draft);
            Assert.Equal(receipt.CaseId, again.CaseId);
        }
        var final = await file.CaseAsync(receipt.CaseId);
        Assert.Equal((1, 1), (final.Cases, final.Submissions));
        Assert.Equal(1, await file.MaxSubmissionsPerKeyAsync());
    }

    [Fact]
    public async Task Every_receipt_from_a_burst_cut_by_kill_9_has_exactly_one_case_after_restart()
    {
        const int drafts = 30;
        var receipts = new System.Collections.Concurrent.ConcurrentBag<Receipt>();
        var prepared = new List<PreparedDraft>();
        var port = HostProcess.FreePort();
        using var resident = new ResidentHttpClient(new Uri($"http://127.0.0.1:{port}/"));
        await using (var host = await HostProcess.StartAsync(DatabaseFile, port))
        {
            await resident.LogInAsync(Resident);
            for (var i = 0; i < drafts; i++) prepared.Add(await resident.PrepareRenewalAsync());

            // Every draft is sent at once; the process dies as soon as the first receipt is out, with the rest in flight.
            using var stop = new CancellationTokenSource();
            var sends = prepared.Select(async d =>
            {
                try { receipts.Add(await resident.SendAsync(d, stop.Token)); }
                catch (Exception e) when (e is HttpRequestException or IOException or System.Net.Sockets.SocketException or OperationCanceledException)
                {
                    // Cut off by the kill: the resident saw no receipt, so nothing was promised.
                }
            }).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (receipts.IsEmpty && DateTime.UtcNow < deadline && sends.Any(s => !s.IsCompleted)) await Task.Delay(1);
            host.KillHard();
            stop.Cancel();
            await Task.WhenAll(sends);
        }
        Assert.NotEmpty(receipts);

        var file = new PortalFile(DatabaseFile);
        var notStarted = 0;
        foreach (var receipt in receipts)
        {
            var state = await file.CaseAsync(receipt.CaseId);
            Assert.True(state.Cases == 1 && state.Submissions == 1 && state.Reference == receipt.Reference,
                $"Receipt {receipt.Reference} after kill -9: {state}");
            if (!state.InstanceExists) notStarted++;
        }
        output.WriteLine($"{receipts.Count} of {drafts} sends had a receipt when the host was killed; {notStarted} of those workflows were not started yet.");

        await using (var host = await HostProcess.StartAsync(DatabaseFile, port))
        {
            // Every draft is sent again, as a resident would after an error page: receipts already given come back
            // unchanged, the others are stored now, and no draft becomes two cases.
            var byDraft = receipts.ToDictionary(r => r.DraftPath);
            foreach (var draft in prepared)
            {
                var again = await resident.SendAsync(draft);
                if (byDraft.TryGetValue(draft.Path, out var first)) Assert.Equal(first.CaseId, again.CaseId);
            }
            var clock = Stopwatch.StartNew();
            foreach (var receipt in receipts)
            {
                var started = await WaitForWorkflowAsync(file, receipt.CaseId);
                Assert.True(started is { OutboxStarted: true, InstanceExists: true }, $"No workflow for {receipt.Reference}: {started}\n{host.Output}");
            }
            output.WriteLine($"All their workflows had started {clock.Elapsed.TotalSeconds:0.0} s after the restart was ready.");
        }
        Assert.Equal(1, await file.MaxSubmissionsPerKeyAsync());
    }

    /// <summary>
    /// Waits for the case's workflow to be started. A start the killed process had claimed but not finished is held
    /// by its claim's lease until that expires and the next scan finds it, so the wait allows for both.
    /// </summary>
    private static async Task<PortalFile.CaseState> WaitForWorkflowAsync(PortalFile file, string caseId)
    {
        var deadline = DateTime.UtcNow + WorkflowStartClaims.Lease + WorkflowStartDispatcher.ScanInterval + TimeSpan.FromSeconds(30);
        while (true)
        {
            var state = await file.CaseAsync(caseId);
            if (state is { OutboxStarted: true, InstanceExists: true } || DateTime.UtcNow > deadline) return state;
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class DurabilityCollection
{
    public const string Name = "durability";
}
