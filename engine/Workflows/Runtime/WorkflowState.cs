using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Everything needed to continue an instance, stored as <see cref="WorkflowInstance.State"/>: a new runtime
/// that loads it continues exactly where the last commit left off.
/// </summary>
public sealed class WorkflowState
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public JsonObject Variables { get; set; } = new();
    public JsonObject Inputs { get; set; } = new();
    public JsonObject Outputs { get; set; } = new();
    /// <summary>Work ready to run, in order: the head runs next.</summary>
    public List<WorkItem> Queue { get; set; } = [];
    /// <summary>Flowcharts in progress, by flowchart id: the root and any running composite bodies.</summary>
    public Dictionary<string, ScopeState> Scopes { get; set; } = [];
    /// <summary>Open bookmarks; the store holds the same list for lookup while the instance runs.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];
    /// <summary>The work item that faulted, re-run by a retry.</summary>
    public WorkItem? Faulted { get; set; }
    /// <summary>Events published by activities, delivered after the commit that recorded them.</summary>
    public List<PublishedEvent> Outbox { get; set; } = [];
    public bool Completed { get; set; }

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, Options)!.AsObject();

    public static WorkflowState FromJson(JsonObject json) =>
        json.Count == 0 ? new WorkflowState() : json.Deserialize<WorkflowState>(Options) ?? new WorkflowState();
}

public enum WorkKind
{
    Execute,
    Resume,
}

/// <summary>One activity to run in a flowchart scope; a resume carries its bookmark and input.</summary>
public sealed record WorkItem(string Scope, string ActivityId, WorkKind Kind = WorkKind.Execute, Bookmark? Bookmark = null, JsonNode? Input = null);

/// <summary>A flowchart in progress: which edges were visited (followed or dead) and who waits on what.</summary>
public sealed class ScopeState
{
    /// <summary>The scope that runs this one as a composite body, and the node that owns it; null for the root.</summary>
    public string? Parent { get; set; }
    public string? Owner { get; set; }
    /// <summary>Forward connections visited in this round, by index: true followed, false dead.</summary>
    public Dictionary<int, bool> Edges { get; set; } = [];
    /// <summary>WaitAny joins that already ran in this round.</summary>
    public HashSet<string> FiredJoins { get; set; } = [];
    /// <summary>Suspended activities and their bookmark ids.</summary>
    public Dictionary<string, List<string>> Blocked { get; set; } = [];
}

public sealed record PublishedEvent(string EventName, string? CorrelationId, JsonNode? Payload);
