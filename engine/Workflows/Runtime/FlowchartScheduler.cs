using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Elsa's counter-based flowchart semantics over a <see cref="WorkflowState"/>: which connections an outcome
/// follows, implicit joins with dead-path propagation, FlowJoin modes, loops over backward edges, and the
/// completion of flowcharts. Deterministic: targets are scheduled in the order their connections appear.
/// </summary>
/// <param name="joinMode">The join mode of a node, or null when the node is not a FlowJoin.</param>
public sealed class FlowchartScheduler(WorkflowPlan plan, WorkflowState state, Func<ActivityNode, JoinMode?> joinMode)
{
    public void StartRoot()
    {
        state.Scopes.Clear();
        StartScope(plan.Root, parent: null, owner: null);
    }

    /// <summary>Begins a flowchart: fresh counters, its start node scheduled.</summary>
    public void StartScope(FlowGraph graph, string? parent, string? owner)
    {
        RemoveScope(graph.Id);
        state.Scopes[graph.Id] = new ScopeState { Parent = parent, Owner = owner };
        if (graph.Start is { } start) Enqueue(graph.Id, start.Id);
        CompleteIdleScopes(graph.Id);
    }

    /// <summary>An activity finished with these outcomes: follow (or kill) each outbound connection in order.</summary>
    public void Completed(string scope, string activityId, IReadOnlyCollection<string> outcomes)
    {
        var graph = plan.Graph(scope);
        if (state.Scopes.TryGetValue(scope, out var scopeState)) scopeState.Blocked.Remove(activityId);
        foreach (var index in graph.Outbound(activityId))
            Visit(graph, index, outcomes.Contains(graph.Connections[index].SourcePort));
        CompleteIdleScopes(scope);
    }

    public void Suspended(string scope, string activityId, IEnumerable<Bookmark> bookmarks)
    {
        var list = bookmarks.ToList();
        state.Bookmarks.AddRange(list);
        state.Scopes[scope].Blocked[activityId] = [.. list.Select(b => b.Id)];
    }

    /// <summary>Elsa.End: its flowchart is complete; whatever else ran in it is cancelled.</summary>
    public void EndScope(string scope)
    {
        var scopeState = state.Scopes[scope];
        RemoveActivities(scope, plan.Graph(scope).Nodes.Select(n => n.Id).ToHashSet());
        scopeState.Blocked.Clear();
        CompleteIdleScopes(scope);
    }

    /// <summary>Elsa.Finish: the whole instance is done; nothing waits any more.</summary>
    public void FinishWorkflow()
    {
        state.Queue.Clear();
        state.Scopes.Clear();
        state.Bookmarks.Clear();
        state.Completed = true;
    }

    private void Visit(FlowGraph graph, int index, bool followed)
    {
        var scope = state.Scopes[graph.Id];
        var connection = graph.Connections[index];
        if (graph.IsBackEdge(index))
        {
            if (!followed) return;
            var body = graph.LoopBody(index);
            foreach (var edge in scope.Edges.Keys.ToList())
                if (body.Contains(graph.Connections[edge].Source) && body.Contains(graph.Connections[edge].Target)) scope.Edges.Remove(edge);
            scope.FiredJoins.ExceptWith(body);
            Enqueue(graph.Id, connection.Target);
            return;
        }
        scope.Edges[index] = followed;
        var target = graph.Node(connection.Target)!;
        var inbound = graph.CountedInbound(target.Id);
        var visited = inbound.Where(scope.Edges.ContainsKey).Select(i => scope.Edges[i]).ToList();
        var allVisited = visited.Count == inbound.Count;
        switch (joinMode(target))
        {
            case JoinMode.WaitAny:
                if (scope.FiredJoins.Contains(target.Id)) return;
                if (followed)
                {
                    scope.FiredJoins.Add(target.Id);
                    CancelOtherBranches(graph, target.Id, connection.Source);
                    Enqueue(graph.Id, target.Id);
                }
                else if (allVisited && !visited.Contains(true)) Dead(graph, target.Id);
                return;
            case JoinMode.WaitAll:
                if (!allVisited) return;
                if (visited.All(v => v)) Enqueue(graph.Id, target.Id);
                else Dead(graph, target.Id);
                return;
            default:
                if (!allVisited) return;
                if (visited.Contains(true)) Enqueue(graph.Id, target.Id);
                else Dead(graph, target.Id);
                return;
        }
    }

    /// <summary>A node none of whose inbound edges was followed is skipped, and so are the edges it would have followed.</summary>
    private void Dead(FlowGraph graph, string activityId)
    {
        foreach (var index in graph.Outbound(activityId)) Visit(graph, index, followed: false);
    }

    /// <summary>WaitAny: whatever is still pending upstream of the join's other inbound edges is cancelled.</summary>
    private void CancelOtherBranches(FlowGraph graph, string join, string winner)
    {
        var keep = graph.AncestorsOf(winner);
        var cancel = new HashSet<string>();
        foreach (var index in graph.CountedInbound(join))
            cancel.UnionWith(graph.AncestorsOf(graph.Connections[index].Source).Where(a => !keep.Contains(a)));
        RemoveActivities(graph.Id, cancel);
    }

    private void RemoveActivities(string scope, IReadOnlySet<string> activities)
    {
        state.Queue.RemoveAll(w => w.Scope == scope && activities.Contains(w.ActivityId));
        var scopeState = state.Scopes[scope];
        foreach (var activity in activities)
        {
            if (scopeState.Blocked.Remove(activity, out var ids)) state.Bookmarks.RemoveAll(b => ids.Contains(b.Id));
        }
        foreach (var child in state.Scopes.Where(s => s.Value.Parent == scope && activities.Contains(s.Value.Owner!)).Select(s => s.Key).ToList())
            RemoveScope(child);
    }

    private void RemoveScope(string scope)
    {
        if (!state.Scopes.TryGetValue(scope, out var scopeState)) return;
        foreach (var child in state.Scopes.Where(s => s.Value.Parent == scope).Select(s => s.Key).ToList()) RemoveScope(child);
        foreach (var ids in scopeState.Blocked.Values) state.Bookmarks.RemoveAll(b => ids.Contains(b.Id));
        state.Queue.RemoveAll(w => w.Scope == scope);
        state.Scopes.Remove(scope);
    }

    private void Enqueue(string scope, string activityId)
    {
        if (!state.Queue.Exists(w => w.Scope == scope && w.ActivityId == activityId && w.Kind == WorkKind.Execute))
            state.Queue.Add(new WorkItem(scope, activityId));
    }

    /// <summary>A flowchart with nothing scheduled, waiting or running inside completes; a body completes its owner with Done.</summary>
    private void CompleteIdleScopes(string scope)
    {
        if (!state.Scopes.TryGetValue(scope, out var scopeState) || !IsIdle(scope, scopeState)) return;
        state.Scopes.Remove(scope);
        if (scopeState.Parent is null) { state.Completed = true; state.Queue.Clear(); return; }
        if (state.Scopes.ContainsKey(scopeState.Parent)) Completed(scopeState.Parent, scopeState.Owner!, [ActivityResult.Done]);
    }

    private bool IsIdle(string scope, ScopeState scopeState) =>
        scopeState.Blocked.Count == 0
        && !state.Queue.Exists(w => w.Scope == scope)
        && !state.Scopes.Values.Any(s => s.Parent == scope)
        && !(state.Faulted is { } faulted && faulted.Scope == scope);
}
