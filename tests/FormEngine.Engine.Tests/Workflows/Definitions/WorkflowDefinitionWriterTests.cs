using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Tests.Workflows.Definitions;

public sealed class WorkflowDefinitionWriterTests
{
    [Theory]
    [MemberData(nameof(WorkflowFiles.All), MemberType = typeof(WorkflowFiles))]
    public void Load_save_load_gives_the_same_document_and_the_same_graph(string name)
    {
        var text = File.ReadAllText(WorkflowFiles.PathOf(name));
        var first = Load(name, text);
        var written = WorkflowDefinitionWriter.Write(first);
        var second = Load(name, written);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(written)), "the written document differs from the original");
        Assert.Equal(Graph(first.Root), Graph(second.Root));
        Assert.Equal(first.DefinitionId, second.DefinitionId);
        Assert.Equal(first.Variables.Select(v => (v.Id, v.Name, v.TypeName)), second.Variables.Select(v => (v.Id, v.Name, v.TypeName)));
        Assert.Equal(written, WorkflowDefinitionWriter.Write(second)); // writing is stable
    }

    [Fact]
    public void Swedish_letters_are_written_as_they_are_and_html_characters_are_not_escaped()
    {
        var definition = Load("x.json", """{"definitionId": "d", "version": 1, "name": "Förnya recept <snabbt> & enkelt", "root": {"type": "Elsa.Flowchart", "id": "F", "activities": [{"id": "A", "type": "Elsa.WriteLine", "text": "Hej \"Åsa\"\n"}]}}""");
        var written = WorkflowDefinitionWriter.Write(definition);
        Assert.Contains("\"name\": \"Förnya recept <snabbt> & enkelt\"", written);
        Assert.Contains("\"text\": \"Hej \\\"Åsa\\\"\\n\"", written);
        Assert.DoesNotContain("\\u00", written);
    }

    [Fact]
    public void Output_is_indented_with_two_spaces_and_lf_and_ends_with_a_newline()
    {
        var written = WorkflowDefinitionWriter.Write(Load("x.json", """{"definitionId":"d","version":1,"root":{"type":"Elsa.Flowchart","id":"F","activities":[{"id":"A","type":"Elsa.Start"}]}}"""));
        Assert.StartsWith("{\n  \"definitionId\": \"d\",\n  \"version\": 1,\n  \"root\": {\n    \"type\"", written);
        Assert.DoesNotContain("\r", written);
        Assert.EndsWith("}\n", written);
    }

    [Fact]
    public void Unknown_types_unknown_properties_metadata_and_both_connection_shapes_survive_in_place()
    {
        const string json = """
            {
              "definitionId": "keep", "version": 3, "x-owner": {"team": "Norr"},
              "root": {
                "type": "Elsa.Flowchart", "id": "F",
                "activities": [
                  {"id": "A", "type": "Elsa.Start", "metadata": {"designer": {"position": {"x": -358.5, "y": 2e2}}}},
                  {"id": "B", "type": "Acme.SendFax", "version": 7, "faxNumber": {"typeName": "String", "expression": {"type": "Literal", "value": "+46"}}, "weird": [1, {"deep": null}]},
                  {"id": "C", "type": "Elsa.WriteLine", "text": "Hej", "source": null, "line": null}
                ],
                "connections": [
                  {"source": {"activity": "A", "port": "Done"}, "target": {"activity": "B", "port": "In"}, "vertices": [{"x": 1, "y": 2}]},
                  {"source": "B", "target": "C", "sourcePort": "Done", "targetPort": "In"}
                ]
              }
            }
            """;
        var written = JsonNode.Parse(WorkflowDefinitionWriter.Write(Load("keep.json", json)))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written));
        Assert.Equal("Acme.SendFax", (string?)written["root"]!["activities"]![1]!["type"]);
        Assert.Equal("B", (string?)written["root"]!["connections"]![1]!["source"]);
        Assert.Equal("{\"x\":-358.5,\"y\":2e2}", written["root"]!["activities"]![0]!["metadata"]!["designer"]!["position"]!.ToJsonString());
    }

    private static WorkflowDefinition Load(string name, string text)
    {
        var diagnostics = new DiagnosticBag();
        var definition = WorkflowDefinitionReader.Read(name, text, diagnostics);
        Assert.True(definition is not null, string.Join("\n", diagnostics.Items));
        return definition;
    }

    /// <summary>What the runtime executes: activity ids and types, and the connections between ports, in file order.</summary>
    private static string Graph(Flowchart flowchart) => string.Join("\n",
        flowchart.Activities.Select(a => $"{a.Id}: {a.Type} v{a.Version}" + (FlowchartReader.BodyOf(a) is { } body && a.Type != FlowchartReader.FlowchartType ? $" [{Graph(body)}]" : ""))
            .Concat(flowchart.Connections.Select(c => $"{c.Source}.{c.SourcePort} -> {c.Target}.{c.TargetPort}")));
}
