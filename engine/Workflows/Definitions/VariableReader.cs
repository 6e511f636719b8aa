using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions;

/// <summary>Reads <c>variables[]</c> and <c>inputs[]</c>/<c>outputs[]</c> lists, skipping entries without a name.</summary>
internal static class VariableReader
{
    public static IReadOnlyList<VariableDefinition> ReadAll(JsonNode? node)
    {
        var list = new List<VariableDefinition>();
        if (node is not JsonArray array) return list;
        foreach (var item in array)
        {
            if (item is not JsonObject json || JsonRead.String(json["name"]) is not { } name) continue;
            list.Add(new VariableDefinition(
                JsonRead.String(json["id"]) ?? name, name, JsonRead.String(json["typeName"]) ?? "Object",
                JsonRead.Bool(json["isArray"]), JsonRead.Text(json["value"]), json));
        }
        return list;
    }

    public static IReadOnlyList<IoDefinition> ReadIo(JsonNode? node)
    {
        var list = new List<IoDefinition>();
        if (node is not JsonArray array) return list;
        foreach (var item in array)
        {
            if (item is not JsonObject json || JsonRead.String(json["name"]) is not { } name) continue;
            list.Add(new IoDefinition(name, JsonRead.String(json["type"]) ?? "Object", JsonRead.Bool(json["isArray"]), json));
        }
        return list;
    }
}
