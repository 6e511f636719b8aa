using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Definitions.Validation;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// definitions/workflows/vardval.json on the real runtime with <see cref="InMemoryCases"/> and
/// <see cref="InMemoryListingChanges"/>: the listing is registered, confirmed to the resident, the case goes to the
/// chosen vårdcentral as information and is closed; a refusal is explained and closed.
/// </summary>
public class VardvalScenarioTests
{
    private const string CaseId = "case-vv";
    private static readonly string File = Path.Combine(RepositoryRoot.Path, "definitions/workflows/vardval.json");
    private const string Notice = "Notification: " + NotificationTexts.NewMessage;

    private readonly InMemoryCases _cases = new InMemoryCases()
        .AddClinic("vc-eksjo", "sjukskoterskor", "lakare")
        .AddClinic("vc-motala", "sjukskoterskor", "lakare")
        .AddCase(CaseId, "vc-eksjo");
    private readonly InMemoryListingChanges _listings = new();

    private async Task<WorkflowInstance> RunAsync()
    {
        var services = new WorkflowServices()
            .Add<ICaseQueues>(_cases).Add<ICaseStatuses>(_cases).Add<IResidentMessages>(_cases)
            .Add<INotificationOutbox>(_cases).Add<ICaseClosing>(_cases).Add<IListingChanges>(_listings);
        var runtime = new WorkflowRuntime(new InMemoryWorkflowStore(), CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities()), services,
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(1))));
        var inputs = new JsonObject
        {
            ["caseId"] = CaseId, ["clinicKey"] = "vc-eksjo", ["formKey"] = "vardval", ["formVersion"] = 1,
            ["submissionId"] = "sub-1", ["replyTimeDays"] = 1,
        };
        return (await runtime.StartAsync(WorkflowTestHost.ReadFile(File), inputs, CaseId)).Instance!;
    }

    [Fact]
    public void The_workflow_validator_reports_nothing() =>
        Assert.Empty(new WorkflowValidator().Validate(File, System.IO.File.ReadAllText(File)).Diagnostics);

    [Fact]
    public async Task A_registered_listing_is_confirmed_and_the_case_goes_to_the_chosen_vardcentral_closed()
    {
        _listings.Request(CaseId, "vc-motala", "Vårdcentralen Motala", new DateOnly(2026, 12, 1));

        var instance = await RunAsync();

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        var effects = _cases.EventsOf(CaseId).Select(e => e.ToString()).ToList();
        Assert.Equal(4, effects.Count);
        Assert.StartsWith("Information: Hej! Ditt val av vårdcentral är registrerat. Du är listad på Vårdcentralen Motala från och med 2026-12-01.", effects[0]);
        Assert.Equal([Notice, "Routed: vc-motala/sjukskoterskor", "Closed: Listning registrerad"], effects[1..]);
        Assert.Equal(CaseStatus.Avslutad, _cases.Find(CaseId)!.Status);
        Assert.Single(_listings.Registered);
    }

    [Fact]
    public async Task A_refused_choice_is_explained_and_the_case_closed_where_it_was()
    {
        _listings.Refuse(CaseId, "Den vårdcentral du valde går inte att välja via e-tjänsterna.");

        var instance = await RunAsync();

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(
        [
            "Information: Hej! Ditt val av vårdcentral kunde inte registreras. Den vårdcentral du valde går inte att välja via e-tjänsterna. Du är kvar på den vårdcentral där du var listad tidigare.",
            Notice,
            "Closed: Listning ej registrerad",
        ], _cases.EventsOf(CaseId).Select(e => e.ToString()));
        Assert.Equal("vc-eksjo", _cases.Find(CaseId)!.ClinicKey);
        Assert.Empty(_listings.Registered);
    }
}
