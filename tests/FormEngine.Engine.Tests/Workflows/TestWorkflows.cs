using System.Text.Json.Nodes;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Tests.Workflows;

/// <summary>Small Elsa 3 definitions built in code for the runtime tests: activities in a line, connected on Done.</summary>
public static class TestWorkflows
{
    public static JsonObject Activity(string id, string type, params (string Name, JsonNode? Value)[] inputs)
    {
        var json = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in inputs)
            json[name] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        return json;
    }

    public static JsonObject WriteLine(string id, string text) => Activity(id, "Elsa.WriteLine", ("text", text));
    public static JsonObject Event(string id, string name) => Activity(id, "Elsa.Event", ("eventName", name));
    public static JsonObject Delay(string id, string span) => Activity(id, "Elsa.Delay", ("timeSpan", span));

    public static WorkflowDefinition Linear(string definitionId, int version, params JsonObject[] activities)
    {
        var connections = new JsonArray();
        for (var i = 1; i < activities.Length; i++)
            connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = activities[i - 1]["id"]!.GetValue<string>(), ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = activities[i]["id"]!.GetValue<string>(), ["port"] = "In" },
            });
        var json = new JsonObject
        {
            ["id"] = $"{definitionId}-v{version}",
            ["definitionId"] = definitionId,
            ["name"] = definitionId,
            ["version"] = version,
            ["variables"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart",
                ["id"] = "Flowchart1",
                ["activities"] = new JsonArray([.. activities.Select(a => (JsonNode)a.DeepClone())]),
                ["connections"] = connections,
            },
        };
        return WorkflowTestHost.Read(json.ToJsonString(), definitionId + ".json");
    }
}
