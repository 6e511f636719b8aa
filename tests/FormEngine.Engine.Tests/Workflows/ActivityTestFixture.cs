using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Expressions;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows;

/// <summary>
/// Runs one activity in isolation, the way the runtime would: created with services, inputs bound from
/// Elsa-shaped JSON and evaluated (Literal, JavaScript, Liquid...), executed or resumed against a
/// <see cref="TestActivityContext"/>; returns the result. Published events and written lines are collected.
/// </summary>
public sealed class ActivityTestFixture : IEventPublisher
{
    private readonly ActivityRegistry _registry;
    private readonly WorkflowServices _services = new();
    private readonly JsonObject _inputs = [];

    public ActivityTestFixture(ActivityRegistry? registry = null)
    {
        _registry = registry ?? ActivityRegistry.WithElsaActivities();
        _services.Add<IWorkflowOutput>(Output).Add<IEventPublisher>(this);
    }

    public TestActivityContext Context { get; } = new();
    public CollectingWorkflowOutput Output { get; } = new();
    public List<PublishedEvent> Published { get; } = [];

    public ActivityTestFixture WithService<T>(T service) where T : class { _services.Add(service); return this; }

    /// <summary>A literal input, as Elsa writes it: <c>{typeName, expression: {type: Literal, value}}</c>.</summary>
    public ActivityTestFixture WithInput(string name, JsonNode? value) => WithExpression(name, ExpressionTypes.Literal, value);

    public ActivityTestFixture WithExpression(string name, string type, JsonNode? value)
    {
        _inputs[name] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = type, ["value"] = value?.DeepClone() } };
        return this;
    }

    /// <summary>A raw property on the activity's JSON (e.g. an output binding).</summary>
    public ActivityTestFixture WithProperty(string name, JsonNode? value) { _inputs[name] = value?.DeepClone(); return this; }

    public Task<ActivityResult> ExecuteAsync<T>() where T : class, IActivity => RunAsync<T>(null, null);

    public Task<ActivityResult> ResumeAsync<T>(Bookmark bookmark, JsonNode? input = null) where T : class, IResumableActivity => RunAsync<T>(bookmark, input);

    /// <summary>A bookmark as the runtime would create it from the first request of a Suspended result.</summary>
    public Bookmark BookmarkFrom(ActivityResult result)
    {
        var request = Assert.IsType<ActivityResult.Suspended>(result).Bookmarks[0];
        return new Bookmark("bookmark-1", Context.WorkflowInstanceId, Context.ActivityId, request.Name, Bookmark.HashOf(request.Name, request.Stimulus),
            Context.CorrelationId, request.ResumeAt, request.Payload, Context.Now);
    }

    public void Publish(string eventName, string? correlationId, JsonNode? payload) => Published.Add(new PublishedEvent(eventName, correlationId, payload));

    private async Task<ActivityResult> RunAsync<T>(Bookmark? bookmark, JsonNode? input) where T : class, IActivity
    {
        var descriptor = ActivityDescriptor.From(typeof(T));
        var json = (JsonObject)_inputs.DeepClone();
        json["id"] = Context.ActivityId;
        json["type"] = descriptor.Type;
        var node = new ActivityNode { Json = json, Id = Context.ActivityId, Type = descriptor.Type };
        Context.Node = node;
        var activity = _registry.Create(descriptor, _services);
        new InputBinder(Context.Evaluator).Bind(activity, descriptor, node, Context);
        return bookmark is null
            ? await activity.ExecuteAsync(Context)
            : await ((IResumableActivity)activity).ResumeAsync(Context, bookmark, input);
    }
}
