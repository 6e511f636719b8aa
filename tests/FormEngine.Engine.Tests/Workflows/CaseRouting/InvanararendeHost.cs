using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Forms.Compilation;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// The real runtime, an in-memory store, a fake clock and <see cref="InMemoryCases"/>, running
/// definitions/workflows/invanararende.json for one message staff send from a template in definitions/templates:
/// what the host does when staff press "Skicka", without the host.
/// </summary>
internal sealed class InvanararendeHost
{
    public const string CaseId = "case-7";
    /// <summary>Monday 2 March 2026, 09:00 in Sweden.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public InMemoryCases Cases { get; } = new InMemoryCases()
        .AddClinic("vc-norr", "inkorg", "sjukskoterska")
        .AddCase(CaseId, "vc-norr");

    public FakeTimeProvider Clock { get; } = new(Monday);
    public InMemoryWorkflowStore Store { get; } = new();
    public WorkflowRuntime Runtime { get; }
    public string InstanceId { get; private set; } = "";

    public InvanararendeHost()
    {
        var services = new WorkflowServices()
            .Add<ICaseQueues>(Cases).Add<ICaseStatuses>(Cases).Add<IResidentMessages>(Cases)
            .Add<INotificationOutbox>(Cases).Add<ICaseClosing>(Cases);
        Runtime = new WorkflowRuntime(Store, CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities()), services, Clock);
    }

    /// <summary>The template's default message, compiled from its form, as the staff workspace offers it.</summary>
    public static TemplateMessage MessageOf(string templateKey)
    {
        var file = Path.Combine(RepositoryRoot.Path, "definitions", "templates", templateKey, "form.yaml");
        return new FormCompiler().Compile(file, File.ReadAllText(file)).Form!.Definition.Message!;
    }

    /// <summary>Starts the workflow the way the host does once staff send the (edited) message of <paramref name="templateKey"/>; <paramref name="messageKind"/> overrides the template's kind.</summary>
    public async Task<WorkflowInstance> SendAsync(string templateKey, string messageText, string? queueKey = null, string? messageKind = null)
    {
        var definition = WorkflowTestHost.ReadFile(Path.Combine(RepositoryRoot.Path, "definitions/workflows/invanararende.json"));
        var inputs = new JsonObject
        {
            ["caseId"] = CaseId, ["clinicKey"] = "vc-norr", ["formKey"] = templateKey, ["formVersion"] = 1,
            ["messageKind"] = messageKind ?? MessageOf(templateKey).KindName, ["messageText"] = messageText, ["replyTimeDays"] = 2,
        };
        if (queueKey is not null) inputs["queueKey"] = queueKey;
        var run = await Runtime.StartAsync(definition, inputs, CaseId);
        InstanceId = run.Instance!.Id;
        return run.Instance;
    }

    /// <summary>What the resident's inbox sends once their answers to the template are stored on the case.</summary>
    public Task<StimulusResult> ReplyAsync() =>
        Runtime.ResumeByStimulusAsync(AwaitResidentReply.TypeName, CaseActivities.StimulusFor(CaseId), CaseId, new JsonObject { ["submissionId"] = "sub-7" });

    /// <summary>What the staff workspace sends when a handler takes a decision.</summary>
    public Task<StimulusResult> DecideAsync(string decision, string? message = null)
    {
        var input = new JsonObject { ["decision"] = decision, ["by"] = "SE2321000016-H1" };
        if (message is not null) input["message"] = message;
        return Runtime.ResumeByStimulusAsync(AwaitStaffDecision.TypeName, CaseActivities.StimulusFor(CaseId), CaseId, input);
    }

    /// <summary>Moves the clock to the given instant and fires what is due, as the timer loop would.</summary>
    public Task<IReadOnlyList<WorkflowRunResult>> AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        return Runtime.RunDueTimersAsync(instant);
    }

    public async Task<WorkflowInstance> InstanceAsync() => (await Store.FindInstanceAsync(InstanceId))!;

    public async Task<IReadOnlyList<Bookmark>> BookmarksAsync() => WorkflowState.FromJson((await InstanceAsync()).State).Bookmarks;

    /// <summary>The case's recorded effects, as "Kind: detail" lines.</summary>
    public IReadOnlyList<string> Effects() => [.. Cases.EventsOf(CaseId).Select(e => e.ToString())];
}
