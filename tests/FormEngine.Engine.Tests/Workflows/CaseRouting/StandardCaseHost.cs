using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// The real runtime, an in-memory store, a fake clock and <see cref="InMemoryCases"/>, running a case workflow of
/// definitions/workflows (standard-case.json unless told) for one case: what the host does, without the host.
/// </summary>
internal sealed class StandardCaseHost
{
    public const string CaseId = "case-1";
    /// <summary>Monday 2 March 2026, 09:00 in Sweden.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    public InMemoryCases Cases { get; } = new InMemoryCases()
        .AddClinic("vc-norr", "inkorg", "recept")
        .AddClinic("vc-syd", "inkorg-syd", "sjukskoterska")
        .AddCase(CaseId, "vc-norr");

    public FakeTimeProvider Clock { get; } = new(Monday);
    public InMemoryWorkflowStore Store { get; } = new();
    public WorkflowRuntime Runtime { get; }
    public string InstanceId { get; private set; } = "";

    private readonly string _workflowFile;
    private readonly string _formKey;
    private readonly int? _replyTimeDays;

    public StandardCaseHost(string workflowFile = "standard-case.json", string formKey = "fornya-recept", int? replyTimeDays = 2)
    {
        (_workflowFile, _formKey, _replyTimeDays) = (workflowFile, formKey, replyTimeDays);
        var services = new WorkflowServices()
            .Add<ICaseQueues>(Cases).Add<ICaseStatuses>(Cases).Add<IResidentMessages>(Cases)
            .Add<INotificationOutbox>(Cases).Add<ICaseClosing>(Cases);
        Runtime = new WorkflowRuntime(Store, CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities()), services, Clock);
    }

    public async Task<WorkflowInstance> StartAsync()
    {
        var definition = WorkflowTestHost.ReadFile(Path.Combine(RepositoryRoot.Path, "definitions/workflows", _workflowFile));
        var inputs = new JsonObject
        {
            ["caseId"] = CaseId, ["clinicKey"] = "vc-norr", ["formKey"] = _formKey, ["formVersion"] = 1, ["submissionId"] = "sub-1",
        };
        if (_replyTimeDays is { } days) inputs["replyTimeDays"] = days;
        var run = await Runtime.StartAsync(definition, inputs, CaseId);
        InstanceId = run.Instance!.Id;
        return run.Instance;
    }

    /// <summary>What the staff workspace sends when a handler takes a decision.</summary>
    public Task<StimulusResult> DecideAsync(string decision, string? message = null, string? clinic = null, string? queue = null)
    {
        var input = new JsonObject { ["decision"] = decision, ["by"] = "SE2321000016-H1" };
        if (message is not null) input["message"] = message;
        if (clinic is not null) input["clinic"] = clinic;
        if (queue is not null) input["queue"] = queue;
        return Runtime.ResumeByStimulusAsync(AwaitStaffDecision.TypeName, CaseActivities.StimulusFor(CaseId), CaseId, input);
    }

    /// <summary>What the resident's inbox sends when they answer a question.</summary>
    public Task<StimulusResult> ReplyAsync() =>
        Runtime.ResumeByStimulusAsync(AwaitResidentReply.TypeName, CaseActivities.StimulusFor(CaseId), CaseId, new JsonObject { ["messageId"] = "reply-1" });

    /// <summary>Moves the clock to the given instant and fires what is due, as the timer loop would.</summary>
    public Task<IReadOnlyList<WorkflowRunResult>> AdvanceToAsync(DateTimeOffset instant)
    {
        Clock.SetUtcNow(instant);
        return Runtime.RunDueTimersAsync(instant);
    }

    public async Task<WorkflowInstance> InstanceAsync() => (await Store.FindInstanceAsync(InstanceId))!;

    public async Task<IReadOnlyList<Bookmark>> BookmarksAsync() => WorkflowState.FromJson((await InstanceAsync()).State).Bookmarks;

    /// <summary>The case's recorded effects, as "Kind: detail" lines; notification texts are checked separately.</summary>
    public IReadOnlyList<string> Effects() => [.. Cases.EventsOf(CaseId).Select(e => e.ToString())];
}
