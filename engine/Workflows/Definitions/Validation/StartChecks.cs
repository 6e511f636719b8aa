using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// Elsa's start rule: the legacy <c>start</c> property when given, else <c>Elsa.Start</c>, else an activity marked
/// canStartWorkflow, else the first with no inbound connection, else the first. Every activity must be reachable
/// from the start (or from another activity that can start the workflow) along connections.
/// </summary>
internal static class StartChecks
{
    public static void Check(JsonObject flowchart, string pointer, IReadOnlyList<ActivityEntry> activities,
        IReadOnlyList<(string Source, string Target)> edges, ValidationContext context)
    {
        if (activities.Count == 0)
        {
            context.Report(DiagnosticCodes.StartOrReachability, context.At(pointer + "/activities"),
                "The flowchart has no activities, so there is no start activity.");
            return;
        }
        var start = Named(flowchart, pointer, activities, context);
        var starts = activities.Where(a => a.Type == ActivityEntry.StartType).ToList();
        if (starts.Count > 1)
            context.Report(DiagnosticCodes.StartOrReachability, context.At(starts[1].Pointer + "/type"),
                $"The flowchart has more than one {ActivityEntry.StartType} (the first is at line {context.LineOf(starts[0].Pointer)}): where it starts is ambiguous.");
        var targets = edges.Select(e => e.Target).ToHashSet(StringComparer.Ordinal);
        start ??= starts.FirstOrDefault()
            ?? activities.FirstOrDefault(a => a.CanStartWorkflow)
            ?? activities.FirstOrDefault(a => !targets.Contains(a.Id))
            ?? activities[0];

        var reached = Reach([start, .. starts, .. activities.Where(a => a.CanStartWorkflow)], edges);
        foreach (var activity in activities.Where(a => !reached.Contains(a.Id)))
            context.Warn(DiagnosticCodes.StartOrReachability, context.At(activity.Pointer + "/id"),
                $"Activity '{activity.Id}' ({activity.Type}) cannot be reached from the start activity '{start.Id}'.");
    }

    private static ActivityEntry? Named(JsonObject flowchart, string pointer, IReadOnlyList<ActivityEntry> activities, ValidationContext context)
    {
        if (JsonRead.String(flowchart["start"]) is not { } id) return null;
        var found = activities.FirstOrDefault(a => a.Id == id);
        if (found is null)
            context.Report(DiagnosticCodes.StartOrReachability, context.At(pointer + "/start"),
                $"The flowchart's start '{id}' is not one of its activities.{DidYouMean.Suggest(id, activities.Select(a => a.Id))}");
        return found;
    }

    private static HashSet<string> Reach(IEnumerable<ActivityEntry> roots, IReadOnlyList<(string Source, string Target)> edges)
    {
        var next = edges.ToLookup(e => e.Source, e => e.Target, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(roots.Select(r => r.Id));
        while (queue.TryDequeue(out var id))
        {
            if (!reached.Add(id)) continue;
            foreach (var target in next[id]) queue.Enqueue(target);
        }
        return reached;
    }
}
