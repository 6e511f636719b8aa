using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// Reads an <c>Elsa.Flowchart</c> object: the root of a definition, or the <c>body</c> of a composite activity.
/// Missing pieces become empty lists; the validator reports them with positions.
/// </summary>
public static class FlowchartReader
{
    public const string FlowchartType = "Elsa.Flowchart";

    public static Flowchart Read(JsonObject json, string fallbackId)
    {
        var activities = new List<ActivityNode>();
        if (json["activities"] is JsonArray array)
        {
            foreach (var item in array)
                if (item is JsonObject activity) activities.Add(ReadActivity(activity, activities.Count));
        }
        var connections = new List<Connection>();
        if (json["connections"] is JsonArray links)
        {
            foreach (var item in links)
                if (item is JsonObject link && ReadConnection(link) is { } connection) connections.Add(connection);
        }
        return new Flowchart
        {
            Json = json,
            Id = JsonRead.String(json["id"]) ?? fallbackId,
            Activities = activities,
            Connections = connections,
            Variables = VariableReader.ReadAll(json["variables"]),
        };
    }

    /// <summary>The nested flowchart an activity runs as its body (<c>body</c>, or the activity itself when it is a flowchart).</summary>
    public static Flowchart? BodyOf(ActivityNode node)
    {
        if (node.Type == FlowchartType) return Read(node.Json, node.Id + "/body");
        return node.Json["body"] is JsonObject body && JsonRead.String(body["type"]) == FlowchartType
            ? Read(body, node.Id + "/body")
            : null;
    }

    private static ActivityNode ReadActivity(JsonObject json, int index) => new()
    {
        Json = json,
        Id = JsonRead.String(json["id"]) ?? JsonRead.String(json["nodeId"]) ?? $"activity-{index + 1}",
        Type = JsonRead.String(json["type"]) ?? "",
        Version = JsonRead.Int(json["version"]) ?? 1,
        Name = JsonRead.String(json["name"]),
    };

    /// <summary>Both Elsa shapes: <c>{source: {activity, port}, target: {activity, port}}</c> and the flat legacy one.</summary>
    private static Connection? ReadConnection(JsonObject json)
    {
        string? source, target, sourcePort, targetPort;
        if (json["source"] is JsonObject from)
        {
            source = JsonRead.String(from["activity"]);
            sourcePort = JsonRead.String(from["port"]);
            var to = json["target"] as JsonObject;
            target = JsonRead.String(to?["activity"]);
            targetPort = JsonRead.String(to?["port"]);
        }
        else
        {
            source = JsonRead.String(json["source"]);
            target = JsonRead.String(json["target"]);
            sourcePort = JsonRead.String(json["sourcePort"]);
            targetPort = JsonRead.String(json["targetPort"]);
        }
        if (source is null || target is null) return null;
        return new Connection(source, sourcePort ?? "Done", target, targetPort ?? "In", json);
    }
}
