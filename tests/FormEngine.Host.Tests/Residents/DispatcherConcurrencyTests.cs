using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// The dispatcher starting many cases at once, and several hosts on one database: every pending row is started
/// exactly once, whoever races for it; a row another host holds is left to it until its claim expires.
/// </summary>
public sealed class DispatcherConcurrencyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Database => _folder.File("dispatch.db");

    [Fact]
    public async Task Many_pending_rows_are_all_started_exactly_once_with_sixteen_at_a_time()
    {
        using (var first = new BootHost(Database)) _ = first.Server; // migrate and seed
        var caseIds = await InsertPendingCasesAsync(200);

        using var boot = new BootHost(Database);
        using var host = Dispatching(boot, enabled: true, concurrency: 16);
        _ = host.Server;

        await Eventually.Async(() => PendingCountAsync(host), pending => pending == 0, TimeSpan.FromSeconds(120));
        await AssertEachStartedOnceAsync(host, caseIds);
    }

    [Fact]
    public async Task Two_hosts_racing_over_the_same_pending_rows_never_create_two_instances_for_one_case()
    {
        using (var first = new BootHost(Database)) _ = first.Server;
        var caseIds = await InsertPendingCasesAsync(200);

        // Both start their scans at once, and both are also asked for every case at the same time.
        using var bootA = new BootHost(Database);
        using var bootB = new BootHost(Database);
        using var a = Dispatching(bootA, enabled: true, concurrency: 16);
        using var b = Dispatching(bootB, enabled: true, concurrency: 16);
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));
        var dispatchers = new[] { a, b }.Select(h => h.Services.GetRequiredService<WorkflowStartDispatcher>()).ToList();
        await Task.WhenAll(caseIds.SelectMany(id => dispatchers.Select(d => Task.Run(() => d.DispatchAsync(id)))));

        await Eventually.Async(() => PendingCountAsync(a), pending => pending == 0, TimeSpan.FromSeconds(120));
        await AssertEachStartedOnceAsync(a, caseIds);
    }

    [Fact]
    public async Task A_row_claimed_by_another_host_is_left_to_it_until_the_claim_expires()
    {
        using (var first = new BootHost(Database)) _ = first.Server;
        var caseId = (await InsertPendingCasesAsync(1, claimedUntil: DateTimeOffset.UtcNow.AddHours(1))).Single();

        using var boot = new BootHost(Database);
        using var host = Dispatching(boot, enabled: false, concurrency: 4);
        _ = host.Server;
        var dispatcher = host.Services.GetRequiredService<WorkflowStartDispatcher>();

        await dispatcher.DispatchAsync(caseId);
        Assert.Empty(await InstancesAsync(host, caseId));
        Assert.Null((await RowAsync(host, caseId)).StartedAt);

        await ExpireClaimAsync(caseId);
        await dispatcher.DispatchAsync(caseId);
        var row = await RowAsync(host, caseId);
        Assert.NotNull(row.StartedAt);
        Assert.Single(await InstancesAsync(host, caseId));
    }

    [Fact]
    public async Task Claims_of_a_killed_process_on_this_machine_are_freed_when_a_dispatcher_starts_but_a_live_one_keeps_its_claim()
    {
        using (var first = new BootHost(Database)) _ = first.Server;
        var caseIds = await InsertPendingCasesAsync(2, claimedUntil: DateTimeOffset.UtcNow.AddHours(1));
        await ClaimAsync(caseIds[0], $"{Environment.MachineName}:{await DeadProcessIdAsync()}:0000dead/killed");
        await ClaimAsync(caseIds[1], $"{Environment.MachineName}:{Environment.ProcessId}:00000live/running");

        using var boot = new BootHost(Database);
        using var host = Dispatching(boot, enabled: true, concurrency: 4);
        _ = host.Server;

        // The lease runs for an hour: only the freed claim lets this start happen while the test waits.
        for (var i = 0; i < 300 && (await RowAsync(host, caseIds[0])).StartedAt is null; i++) await Task.Delay(100);
        Assert.NotNull((await RowAsync(host, caseIds[0])).StartedAt);
        Assert.Single(await InstancesAsync(host, caseIds[0]));
        Assert.Null((await RowAsync(host, caseIds[1])).StartedAt);
        Assert.Empty(await InstancesAsync(host, caseIds[1]));
    }

    private async Task ClaimAsync(string caseId, string token)
    {
        await using var db = new PortalDbContext(TestDatabase.PortalOptions(Database));
        await db.WorkflowStarts.Where(w => w.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimedBy, token));
    }

    /// <summary>The id of a process that has just exited (ids are reused only after a long while).</summary>
    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    [Fact]
    public async Task A_host_with_the_dispatcher_off_says_so_and_leaves_its_rows_to_a_host_with_it_on()
    {
        using (var first = new BootHost(Database)) _ = first.Server;
        var caseId = (await InsertPendingCasesAsync(1)).Single();

        using (var intakeOnly = new BootHost(Database))
        using (var host = Dispatching(intakeOnly, enabled: false, concurrency: 16))
        {
            _ = host.Server;
            Assert.Contains(intakeOnly.Messages(LogLevel.Information), m => m.Contains("dispatcher is off", StringComparison.Ordinal));
        }
        Assert.Null((await RowOnDatabaseAsync(caseId)).StartedAt);

        using var boot = new BootHost(Database);
        using var dispatching = Dispatching(boot, enabled: true, concurrency: 16);
        _ = dispatching.Server;
        await Eventually.Async(() => RowAsync(dispatching, caseId), w => w.StartedAt is not null);
        Assert.Single(await InstancesAsync(dispatching, caseId));
    }

    private static WebApplicationFactory<Program> Dispatching(BootHost host, bool enabled, int concurrency) =>
        host.WithWebHostBuilder(builder => builder
            .UseSetting("FormEngine:Workflows:DispatcherEnabled", enabled ? "true" : "false")
            .UseSetting("FormEngine:Workflows:StartConcurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task AssertEachStartedOnceAsync(WebApplicationFactory<Program> host, List<string> caseIds)
    {
        await using var workflows = await host.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var instances = await workflows.Instances.AsNoTracking().Where(i => i.CorrelationId != null)
            .Select(i => new { i.CorrelationId, i.Id }).ToListAsync();
        var byCase = instances.GroupBy(i => i.CorrelationId!).ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToList());
        await using var portal = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var cases = await portal.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.WorkflowInstanceId);

        Assert.Equal(caseIds.Count, cases.Count);
        foreach (var caseId in caseIds)
        {
            var instance = Assert.Single(byCase.GetValueOrDefault(caseId) ?? []);
            Assert.Equal(instance, cases[caseId]);
        }
    }

    private static async Task<List<string>> InstancesAsync(WebApplicationFactory<Program> host, string caseId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return await db.Instances.AsNoTracking().Where(i => i.CorrelationId == caseId).Select(i => i.Id).ToListAsync();
    }

    private static async Task<int> PendingCountAsync(WebApplicationFactory<Program> host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.WorkflowStarts.CountAsync(w => w.StartedAt == null);
    }

    private static async Task<WorkflowStartRequest> RowAsync(WebApplicationFactory<Program> host, string caseId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId);
    }

    private async Task<WorkflowStartRequest> RowOnDatabaseAsync(string caseId)
    {
        await using var db = new PortalDbContext(TestDatabase.PortalOptions(Database));
        return await db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId);
    }

    private async Task ExpireClaimAsync(string caseId)
    {
        await using var db = new PortalDbContext(TestDatabase.PortalOptions(Database));
        var expired = DateTimeOffset.UtcNow.AddMinutes(-1);
        await db.WorkflowStarts.Where(w => w.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimedUntil, expired));
    }

    /// <summary>What intake commits for each case, written straight to the database (before any dispatcher looks).</summary>
    private async Task<List<string>> InsertPendingCasesAsync(int count, DateTimeOffset? claimedUntil = null)
    {
        var now = DateTimeOffset.UtcNow;
        var caseIds = Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        await using var db = new PortalDbContext(TestDatabase.PortalOptions(Database));
        foreach (var (caseId, i) in caseIds.Select((id, i) => (id, i)))
        {
            db.Cases.Add(new CaseRecord
            {
                Id = caseId, Reference = "FE-" + caseId[..4].ToUpperInvariant() + "-" + caseId[4..8].ToUpperInvariant(), ResidentPersonnummer = "191212121212",
                StartedBy = "191212121212", StartedByKind = CaseStarter.Resident, RegionKey = "jonkopings-lan", ClinicKey = "vc-eksjo",
                FormKey = "fornya-recept", FormVersion = 1, Category = "fornya-recept", FlowType = "resident-initiated", Title = "Förnya recept",
                Status = "Inkommen", CreatedAt = now, UpdatedAt = now, WorkflowDefinitionId = "standard-case",
            });
            db.WorkflowStarts.Add(new WorkflowStartRequest
            {
                CaseId = caseId, DefinitionId = "standard-case", Inputs = Inputs(caseId).ToJsonString(), CreatedAt = now.AddTicks(i),
                ClaimedBy = claimedUntil is null ? null : "another-host/claim", ClaimedUntil = claimedUntil,
            });
        }
        await db.SaveChangesAsync();
        return caseIds;
    }

    private static JsonObject Inputs(string caseId) => new()
    {
        ["caseId"] = caseId, ["clinicKey"] = "vc-eksjo", ["formKey"] = "fornya-recept", ["formVersion"] = 1,
        ["submissionId"] = "s-" + caseId, ["replyTimeDays"] = 2,
    };

    public void Dispose() => _folder.Dispose();
}
