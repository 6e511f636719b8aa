using FormEngine.Workflows.Definitions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// A flowchart's structure, computed once per definition version: outbound connections in definition order,
/// the start node, backward edges (target dominates source) and their loop bodies, and the forward inbound
/// edges that implicit joins count (from nodes reachable from the start).
/// </summary>
public sealed class FlowGraph
{
    private readonly Dictionary<string, ActivityNode> _nodes;
    private readonly Dictionary<string, List<int>> _outbound = [];
    private readonly Dictionary<string, List<int>> _countedInbound = [];
    private readonly Dictionary<int, HashSet<string>> _loopBodies = [];
    private readonly Dictionary<string, HashSet<string>> _ancestors = [];

    public FlowGraph(Flowchart flowchart)
    {
        Flowchart = flowchart;
        _nodes = flowchart.Activities.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        Connections = [.. flowchart.Connections.Where(c => _nodes.ContainsKey(c.Source) && _nodes.ContainsKey(c.Target))];
        for (var i = 0; i < Connections.Count; i++) Add(_outbound, Connections[i].Source, i);
        Start = FindStart();
        var reachable = Reachable();
        var dominators = Dominators.Compute(Start?.Id, Successors);
        for (var i = 0; i < Connections.Count; i++)
        {
            var c = Connections[i];
            if (dominators.TryGetValue(c.Source, out var doms) && doms.Contains(c.Target)) _loopBodies[i] = LoopBody(c);
            else if (reachable.Contains(c.Source)) Add(_countedInbound, c.Target, i);
        }
    }

    public Flowchart Flowchart { get; }
    public string Id => Flowchart.Id;
    public IReadOnlyList<Connection> Connections { get; }
    public ActivityNode? Start { get; }

    public ActivityNode? Node(string id) => _nodes.GetValueOrDefault(id);
    public IEnumerable<ActivityNode> Nodes => Flowchart.Activities;
    public IReadOnlyList<int> Outbound(string id) => _outbound.GetValueOrDefault(id) ?? [];
    public IReadOnlyList<int> CountedInbound(string id) => _countedInbound.GetValueOrDefault(id) ?? [];
    public bool IsBackEdge(int connection) => _loopBodies.ContainsKey(connection);
    /// <summary>The nodes a backward edge repeats: its target and every node that reaches its source without passing the target.</summary>
    public IReadOnlySet<string> LoopBody(int connection) => _loopBodies[connection];

    /// <summary>Nodes from which <paramref name="id"/> can be reached over forward edges, itself included.</summary>
    public IReadOnlySet<string> AncestorsOf(string id)
    {
        if (_ancestors.TryGetValue(id, out var known)) return known;
        var found = new HashSet<string> { id };
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            for (var i = 0; i < Connections.Count; i++)
                if (!IsBackEdge(i) && Connections[i].Target == current && found.Add(Connections[i].Source)) stack.Push(Connections[i].Source);
        }
        _ancestors[id] = found;
        return found;
    }

    private IEnumerable<string> Successors(string id) => Outbound(id).Select(i => Connections[i].Target);

    /// <summary>Elsa's rule: Elsa.Start, else canStartWorkflow, else the first with no inbound connection, else the first.</summary>
    private ActivityNode? FindStart()
    {
        var activities = Flowchart.Activities;
        var targets = Connections.Select(c => c.Target).ToHashSet();
        return activities.FirstOrDefault(a => a.Type == "Elsa.Start")
            ?? activities.FirstOrDefault(a => a.CanStartWorkflow)
            ?? activities.FirstOrDefault(a => !targets.Contains(a.Id))
            ?? activities.FirstOrDefault();
    }

    private HashSet<string> Reachable()
    {
        var seen = new HashSet<string>();
        if (Start is null) return seen;
        var stack = new Stack<string>([Start.Id]);
        while (stack.Count > 0)
            foreach (var next in Successors(stack.Pop()))
                if (seen.Add(next)) stack.Push(next);
        seen.Add(Start.Id);
        return seen;
    }

    private HashSet<string> LoopBody(Connection back)
    {
        var body = new HashSet<string> { back.Target, back.Source };
        var stack = new Stack<string>([back.Source]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current == back.Target) continue;
            foreach (var c in Connections.Where(c => c.Target == current))
                if (body.Add(c.Source)) stack.Push(c.Source);
        }
        return body;
    }

    private static void Add(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(index);
    }
}
