using FormEngine.Workflows.Definitions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// A definition version prepared for execution: a <see cref="FlowGraph"/> for the root and for every composite
/// body (an activity's <c>body</c> flowchart), and which flowchart each activity belongs to.
/// </summary>
public sealed class WorkflowPlan
{
    private readonly Dictionary<string, FlowGraph> _graphs = [];
    private readonly Dictionary<string, FlowGraph> _graphOfActivity = [];
    private readonly Dictionary<string, FlowGraph> _bodyOf = [];

    public WorkflowPlan(WorkflowDefinition definition)
    {
        Definition = definition;
        Root = Add(definition.Root);
    }

    public WorkflowDefinition Definition { get; }
    public FlowGraph Root { get; }

    public FlowGraph Graph(string id) => _graphs[id];

    public FlowGraph? GraphOf(string activityId) => _graphOfActivity.GetValueOrDefault(activityId);

    /// <summary>The flowchart a composite activity runs before it completes, if it has one.</summary>
    public FlowGraph? BodyOf(string activityId) => _bodyOf.GetValueOrDefault(activityId);

    private FlowGraph Add(Flowchart flowchart)
    {
        var graph = new FlowGraph(flowchart);
        _graphs.TryAdd(graph.Id, graph);
        foreach (var node in graph.Nodes)
        {
            _graphOfActivity.TryAdd(node.Id, graph);
            if (FlowchartReader.BodyOf(node) is { } body) _bodyOf[node.Id] = Add(body);
        }
        return graph;
    }
}
