using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// Connections of one flowchart, in either Elsa shape (<c>{source: {activity, port}, target: {activity, port}}</c> or
/// the flat legacy <c>{source, target, sourcePort, targetPort}</c>): both ends must be activities of this
/// flowchart, and the source port an outcome the source can complete with.
/// </summary>
internal static class ConnectionChecks
{
    private const string DefaultPort = "Done";

    private sealed record End(string? Activity, string ActivityPointer, string? Port, string PortPointer);

    /// <returns>The connections whose both ends exist, as (source, target) ids in file order.</returns>
    public static List<(string Source, string Target)> Check(
        JsonObject flowchart, string pointer, IReadOnlyList<ActivityEntry> activities, ValidationContext context)
    {
        var edges = new List<(string, string)>();
        if (!flowchart.ContainsKey("connections")) return edges;
        var at = pointer + "/connections";
        if (flowchart["connections"] is not JsonArray items)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(at), "'connections' must be a list.");
            return edges;
        }
        var byId = new Dictionary<string, ActivityEntry>(StringComparer.Ordinal);
        foreach (var activity in activities) byId.TryAdd(activity.Id, activity);

        for (var i = 0; i < items.Count; i++)
        {
            var connection = ValidationContext.Child(at, i);
            if (items[i] is not JsonObject json)
            {
                context.Report(DiagnosticCodes.NotAWorkflow, context.At(connection), "A connection must be an object.");
                continue;
            }
            var source = Read(json, connection, "source", "sourcePort");
            var target = Read(json, connection, "target", "targetPort");
            var from = Resolve(source, "source", "from", byId, context);
            var to = Resolve(target, "target", "to", byId, context);
            if (from is not null) CheckPort(from, source, context);
            if (from is not null && to is not null) edges.Add((from.Id, to.Id));
        }
        return edges;
    }

    private static End Read(JsonObject connection, string pointer, string end, string flatPort)
    {
        var at = ValidationContext.Child(pointer, end);
        if (connection[end] is JsonObject nested)
            return new End(JsonRead.String(nested["activity"]), at + "/activity", JsonRead.String(nested["port"]), at + "/port");
        return new End(JsonRead.String(connection[end]), at, JsonRead.String(connection[flatPort]), ValidationContext.Child(pointer, flatPort));
    }

    private static ActivityEntry? Resolve(End end, string name, string direction, Dictionary<string, ActivityEntry> byId, ValidationContext context)
    {
        if (end.Activity is null)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(end.ActivityPointer), $"A connection needs a '{name}' activity.");
            return null;
        }
        if (byId.TryGetValue(end.Activity, out var found)) return found;
        context.Report(DiagnosticCodes.MissingConnectionEnd, context.At(end.ActivityPointer),
            $"Connection {direction} '{end.Activity}', which is not an activity of this flowchart.{DidYouMean.Suggest(end.Activity, byId.Keys)}");
        return null;
    }

    private static void CheckPort(ActivityEntry source, End end, ValidationContext context)
    {
        if (OutcomeList.Of(source) is not { } outcomes) return; // unknown type, or outcomes computed at run time
        var port = end.Port ?? DefaultPort;
        if (outcomes.Contains(port, StringComparer.Ordinal)) return;
        var at = context.At(end.Port is null ? end.ActivityPointer : end.PortPointer);
        context.Report(DiagnosticCodes.UnknownOutcome, at, outcomes.Count == 0
            ? $"{source.Type} '{source.Id}' ends the flow and has no outcomes, so a connection from its port '{port}' is never followed."
            : $"{source.Type} '{source.Id}' cannot complete with '{port}': its outcomes are {string.Join(", ", outcomes)}.{DidYouMean.Suggest(port, outcomes)}");
    }
}
