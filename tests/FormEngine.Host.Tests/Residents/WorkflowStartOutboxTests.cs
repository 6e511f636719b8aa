using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// The outbox after a crash: a case whose workflow-start row is still pending when the host starts is started
/// then, once; and a row whose instance was started before the crash (but not marked) is only marked.
/// </summary>
public sealed class WorkflowStartOutboxTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Database => _folder.File("outbox.db");

    [Fact]
    public async Task A_pending_row_left_by_a_dead_process_is_started_at_the_next_start_and_only_once()
    {
        using (var first = new BootHost(Database)) _ = first.Server; // migrate and seed, then "die"
        var caseId = await InsertPendingCaseAsync();

        using (var second = new BootHost(Database))
        {
            _ = second.Server;
            await Eventually.Async(() => PendingAsync(second, caseId), w => w.StartedAt is not null);
            Assert.Single(await SubmissionTests.WorkflowInstancesAsync(second, caseId));
        }
        using (var third = new BootHost(Database))
        {
            _ = third.Server;
            await third.Services.GetRequiredService<FormEngine.Host.Cases.WorkflowStartDispatcher>().DispatchAsync(caseId);
            Assert.Single(await SubmissionTests.WorkflowInstancesAsync(third, caseId));
        }
    }

    [Fact]
    public async Task A_row_whose_instance_already_exists_is_marked_started_without_a_second_instance()
    {
        string caseId, instanceId;
        using (var first = new BootHost(Database))
        {
            _ = first.Server;
            caseId = await InsertPendingCaseAsync();
            // The process started the workflow and died before marking the row.
            var run = await first.Services.GetRequiredService<WorkflowRuntime>().StartAsync("standard-case", Inputs(caseId), caseId);
            instanceId = run.Instance!.Id;
        }

        using var second = new BootHost(Database);
        _ = second.Server;
        var row = await Eventually.Async(() => PendingAsync(second, caseId), w => w.StartedAt is not null);

        Assert.Null(row.LastError);
        Assert.Equal([instanceId], await SubmissionTests.WorkflowInstancesAsync(second, caseId));
        var record = await second.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal(instanceId, record.WorkflowInstanceId);
    }

    private static Task<WorkflowStartRequest> PendingAsync(BootHost host, string caseId) =>
        host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId));

    private static JsonObject Inputs(string caseId) => new()
    {
        ["caseId"] = caseId, ["clinicKey"] = "vc-eksjo", ["formKey"] = "fornya-recept", ["formVersion"] = 1,
        ["submissionId"] = "s-" + caseId, ["replyTimeDays"] = 2,
    };

    /// <summary>What intake commits, written straight to the database while no host runs (or before the dispatcher looks).</summary>
    private async Task<string> InsertPendingCaseAsync()
    {
        var caseId = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        await using var db = new PortalDbContext(TestDatabase.PortalOptions(Database));
        db.Cases.Add(new CaseRecord
        {
            Id = caseId, Reference = "FE-" + caseId[..4].ToUpperInvariant() + "-TEST", ResidentPersonnummer = "191212121212", StartedBy = "191212121212",
            StartedByKind = CaseStarter.Resident, RegionKey = "jonkopings-lan", ClinicKey = "vc-eksjo", FormKey = "fornya-recept", FormVersion = 1,
            Category = "fornya-recept", FlowType = "resident-initiated", Title = "Förnya recept", Status = "Inkommen", CreatedAt = now, UpdatedAt = now,
            WorkflowDefinitionId = "standard-case",
        });
        db.WorkflowStarts.Add(new WorkflowStartRequest { CaseId = caseId, DefinitionId = "standard-case", Inputs = Inputs(caseId).ToJsonString(), CreatedAt = now });
        await db.SaveChangesAsync();
        return caseId;
    }

    public void Dispose() => _folder.Dispose();
}
