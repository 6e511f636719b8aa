using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities;

/// <summary>
/// What an activity sees of its workflow instance while it runs. The runtime provides it; tests use
/// <c>ActivityTestFixture</c>. Services (cases, queues, messages) come through the activity's constructor.
/// </summary>
public abstract class ActivityContext
{
    /// <summary>The activity's id in the definition.</summary>
    public abstract string ActivityId { get; }

    public abstract string WorkflowInstanceId { get; }

    /// <summary>Our case id for case workflows; <c>Elsa.Correlate</c> sets it.</summary>
    public abstract string? CorrelationId { get; set; }

    /// <summary>Now, from the runtime's clock (a fake one in tests).</summary>
    public abstract DateTimeOffset Now { get; }

    public abstract CancellationToken CancellationToken { get; }

    /// <summary>A workflow variable by name (null when unset).</summary>
    public abstract JsonNode? GetVariable(string name);

    public abstract void SetVariable(string name, JsonNode? value);

    /// <summary>A workflow input by name: for case workflows <c>caseId</c>, <c>clinic</c>, <c>submission</c>... (docs/workflows.md).</summary>
    public abstract JsonNode? GetInput(string name);

    public abstract void SetOutput(string name, JsonNode? value);

    /// <summary>The instance's display name (<c>Elsa.SetName</c>).</summary>
    public abstract string? InstanceName { get; set; }

    /// <summary>
    /// Evaluates an input-shaped expression object (<c>{type: "JavaScript", value: "..."}</c>) found inside an
    /// input's value, e.g. each case condition of a switch.
    /// </summary>
    public abstract ValueTask<JsonNode?> EvaluateAsync(JsonObject expression);

    /// <summary>
    /// Writes one of the activity's own outputs (e.g. <c>result</c> of <c>Elsa.RunTask</c>) to the variable the
    /// definition binds it to (<c>{"result": {"memoryReference": {"id": variableId}}}</c>); no binding, no effect.
    /// </summary>
    public virtual void SetActivityOutput(string outputName, JsonNode? value) { }
}
