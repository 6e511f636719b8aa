using FormEngine.Diagnostics;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Tests.Workflows.Reading;

public sealed class WorkflowDefinitionReaderTests
{
    private static (WorkflowDefinition? Definition, DiagnosticBag Diagnostics) Read(string json)
    {
        var diagnostics = new DiagnosticBag();
        return (WorkflowDefinitionReader.Read("w.json", json, diagnostics), diagnostics);
    }

    [Fact]
    public void A_syntax_error_is_FE2001_at_its_line_and_column()
    {
        var (definition, diagnostics) = Read("{\n  \"id\": \"x\",\n  \"root\": {,}\n}");

        Assert.Null(definition);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("FE2001", diagnostic.Code.Id);
        Assert.Equal(new SourceSpan("w.json", 3, 12), diagnostic.Span);
    }

    [Fact]
    public void A_syntax_error_column_counts_characters_not_bytes()
    {
        var (_, diagnostics) = Read("{\"åäö\": tru}");
        Assert.Equal(new SourceSpan("w.json", 1, 12), Assert.Single(diagnostics.Items).Span); // bytes would say 15
    }

    [Fact]
    public void A_property_given_twice_is_a_diagnostic_not_an_exception()
    {
        var (definition, diagnostics) = Read("{\"root\": {\"type\": \"Elsa.Flowchart\", \"type\": \"x\", \"activities\": []}}");
        Assert.Null(definition);
        Assert.Equal("FE2001", Assert.Single(diagnostics.Items).Code.Id);
    }

    [Fact]
    public void An_activity_whose_custom_properties_are_not_an_object_still_reads()
    {
        var node = new ActivityNode
        {
            Json = (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse("""{"id":"a","type":"Elsa.WriteLine","customProperties":"odd","source":"x.cs:1"}""")!,
            Id = "a",
            Type = "Elsa.WriteLine",
        };
        Assert.False(node.CanStartWorkflow);
        Assert.Empty(node.InputNames);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"id\": \"x\"}")]
    [InlineData("{\"root\": \"Elsa.Flowchart\"}")]
    public void Without_a_root_object_there_is_no_definition(string json)
    {
        var (definition, diagnostics) = Read(json);
        Assert.Null(definition);
        Assert.Equal("FE2002", Assert.Single(diagnostics.Items).Code.Id);
    }

    [Fact]
    public void An_empty_flowchart_is_reported_but_read()
    {
        var (definition, diagnostics) = Read("{\"definitionId\": \"d\", \"root\": {\"type\": \"Elsa.Flowchart\", \"activities\": []}}");
        Assert.NotNull(definition);
        Assert.Equal("FE2007", Assert.Single(diagnostics.Items).Code.Id);
    }

    [Fact]
    public void Both_connection_formats_and_both_variable_lists_are_read()
    {
        var (definition, diagnostics) = Read("""
            {"definitionId": "d", "version": "3", "variables": [{"id": "v1", "name": "A", "typeName": "Int32", "value": "1"}],
             "root": {"type": "Elsa.Flowchart", "id": "F", "variables": [{"name": "B", "typeName": "String"}],
               "activities": [{"id": "x", "type": "Elsa.WriteLine"}, {"id": "y", "type": "Acme.Unknown", "custom": 1}],
               "connections": [{"source": {"activity": "x", "port": "Done"}, "target": {"activity": "y", "port": "In"}},
                               {"source": "y", "target": "x", "sourcePort": "Again"}]}}
            """);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(3, definition!.Version);
        Assert.Equal(["A", "B"], definition.Variables.Select(v => v.Name));
        Assert.Equal([("x", "Done", "y"), ("y", "Again", "x")], definition.Root.Connections.Select(c => (c.Source, c.SourcePort, c.Target)));
        Assert.Equal(1, definition.Root.Find("y")!.Json["custom"]!.GetValue<int>());
    }

    [Fact]
    public void Every_conformance_export_reads_without_diagnostics()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "..", "shared", "elsa-conformance"), "*.json"))
        {
            var (definition, diagnostics) = Read(File.ReadAllText(file));
            Assert.True(definition is not null && diagnostics.Items.Count == 0, file);
        }
    }
}
