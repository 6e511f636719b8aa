using System.Text.Json.Nodes;
using CsCheck;
using FormEngine.Definitions.Loading;
using FormEngine.Workflows.Definitions.Validation;

namespace FormEngine.Tests.Workflows.Definitions;

public sealed class WorkflowValidatorTests
{
    private const string TwoSteps = """
        {
          "definitionId": "two-steps",
          "version": 1,
          "root": {
            "type": "Elsa.Flowchart",
            "id": "F",
            "activities": [
              { "id": "A", "type": "Elsa.Start" },
              { "id": "B", "type": "Elsa.WriteLine", "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "getNamn()" } } }
            ],
            "connections": [ { "source": "A", "target": "B", "sourcePort": "Done", "targetPort": "In" } ]
          }
        }
        """;

    [Fact]
    public void Crlf_files_get_the_same_diagnostics_as_lf_files()
    {
        var lf = new WorkflowValidator().Validate("w.json", TwoSteps.Replace("\r\n", "\n"));
        var crlf = new WorkflowValidator().Validate("w.json", TwoSteps.Replace("\r\n", "\n").Replace("\n", "\r\n"));
        Assert.Equal(["w.json(9,126): error FE2011: Variable 'Namn' is not declared."], lf.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(lf.Diagnostics, crlf.Diagnostics);
    }

    [Fact]
    public void The_default_catalogue_is_the_runtime_registry_so_our_case_activities_are_known()
    {
        var catalog = RegistryActivityCatalog.Default;
        Assert.Contains("Overdue", catalog.Find("FormEngine.AwaitStaffDecision")!.Outcomes);
        Assert.Equal("decisions", catalog.Find("FormEngine.AwaitStaffDecision")!.OutcomesFromInput);
        Assert.Contains("result", catalog.Find("Elsa.RunTask")!.Properties); // an output binding, from Elsa's table
        Assert.NotNull(catalog.Find("Elsa.Flowchart"));
        Assert.Null(catalog.Find("Acme.SendFax"));
    }

    [Fact]
    public void A_catalogue_given_first_decides_what_a_type_can_do()
    {
        var custom = ActivityCatalog.Combine(
            new ActivityCatalog([new ActivityTypeInfo("Elsa.WriteLine", 2, ["text", "color"], ["Done", "Printed"])]),
            ActivityCatalog.ElsaBuiltIns);
        var json = TwoSteps.Replace("\"sourcePort\": \"Done\"", "\"sourcePort\": \"Printed\"");
        Assert.Contains(new WorkflowValidator(ActivityCatalog.ElsaBuiltIns).Validate("w.json", json.Replace("\"source\": \"A\", \"target\": \"B\"", "\"source\": \"B\", \"target\": \"A\"")).Diagnostics,
            d => d.Code.Id == "FE2006");
        Assert.DoesNotContain(new WorkflowValidator(custom).Validate("w.json", json.Replace("\"source\": \"A\", \"target\": \"B\"", "\"source\": \"B\", \"target\": \"A\"")).Diagnostics,
            d => d.Code.Id == "FE2006");
    }

    [Fact]
    public void The_definition_id_is_returned_for_cross_checks_with_forms()
    {
        var result = new WorkflowValidator().Validate("w.json", TwoSteps);
        Assert.Equal("two-steps", result.DefinitionId);
        Assert.NotNull(result.Json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"root\": []}")]
    [InlineData("{\"definitionId\": 5, \"version\": 1, \"root\": {\"type\": \"Elsa.Flowchart\", \"activities\": {}, \"connections\": \"x\"}}")]
    public void Anything_that_is_not_a_workflow_gives_errors_never_an_exception(string json)
    {
        var result = new WorkflowValidator().Validate("w.json", json);
        Assert.True(result.HasErrors);
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, d.ToString()));
    }

    [Fact]
    public void Every_truncation_of_an_elsa_export_is_reported_not_thrown()
    {
        var text = File.ReadAllText(Path.Combine(WorkflowFiles.ConformanceRoot, "implicit-loop.json"));
        for (var length = 0; length < text.Length; length += 37)
        {
            var result = new WorkflowValidator().Validate("w.json", text[..length]);
            Assert.Contains(result.Diagnostics, d => d.Code.Id == "FE2001");
        }
    }

    [Fact]
    public void Replacing_any_value_of_an_elsa_export_with_any_json_never_throws_and_every_diagnostic_has_a_position()
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(WorkflowFiles.ConformanceRoot, "join-all-2.json")))!;
        var slots = Slots(document).ToList();
        Gen<JsonNode?> scalar = Gen.OneOf(
            Gen.Const(() => (JsonNode?)null), Gen.Int.Select(i => (JsonNode?)i), Gen.Bool.Select(b => (JsonNode?)b),
            Gen.OneOf<string>("", "Elsa.WriteLine", "Done", "JavaScript", "Liquid", "CSharp", "{{ x", "getX(", "åäö", "[\"a\"]").Select(s => (JsonNode?)s));
        Gen<string> keys = Gen.OneOf<string>("id", "type", "activities", "connections", "source", "target", "port", "activity", "expression", "value", "variables", "name", "body", "cases", "branches");
        Gen<JsonNode?> value = Gen.OneOf(
            scalar,
            scalar.Array[0, 3].Select(a => (JsonNode?)new JsonArray([.. a])),
            Gen.Select(keys, scalar, keys, scalar, (k1, v1, k2, v2) => (JsonNode?)new JsonObject { [k1] = v1, [k2 == k1 ? k2 + "2" : k2] = v2 }));
        Gen.Select(Gen.Int[0, slots.Count - 1], value).Sample((slot, replacement) =>
        {
            var copy = document.DeepClone();
            Replace(copy, slots[slot], replacement);
            var result = new WorkflowValidator().Validate("w.json", copy.ToJsonString());
            return result.Diagnostics.All(d => d.Span.Line >= 1 && d.Span.Column >= 1);
        }, iter: 300);
    }

    [Fact]
    public void A_form_naming_a_workflow_that_exists_passes_and_one_that_does_not_is_FE2014_at_its_value()
    {
        const string form = "key: intyg\nversion: 1\nworkflow:   standard-cse\n";
        Assert.Null(WorkflowReferences.Check("form.yaml", form.Replace("standard-cse", "standard-case"), ["standard-case"]));
        var diagnostic = WorkflowReferences.Check("form.yaml", form, ["standard-case", "other"]);
        Assert.Equal("form.yaml(3,13): error FE2014: No workflow with definitionId 'standard-cse'. Did you mean 'standard-case'?", diagnostic?.ToString());
        Assert.Null(WorkflowReferences.Check("form.yaml", "key: intyg\n", ["standard-case"])); // a missing workflow: is the compiler's FE1004
        Assert.Null(WorkflowReferences.Check("form.yaml", "key: [broken", ["standard-case"]));
    }

    /// <summary>Paths to every value in the document, as (parent, key or index) steps.</summary>
    private static IEnumerable<List<object>> Slots(JsonNode node, List<object>? path = null)
    {
        path ??= [];
        if (path.Count > 0) yield return path;
        if (node is JsonObject o)
            foreach (var (key, child) in o.ToList())
                if (child is not null) foreach (var s in Slots(child, [.. path, key])) yield return s;
        if (node is JsonArray a)
            for (var i = 0; i < a.Count; i++)
                if (a[i] is { } child) foreach (var s in Slots(child, [.. path, i])) yield return s;
    }

    private static void Replace(JsonNode root, List<object> path, JsonNode? value)
    {
        var parent = root;
        foreach (var step in path[..^1]) parent = step is string key ? parent[key]! : parent[(int)step]!;
        if (path[^1] is string last) parent[last] = value;
        else parent[(int)path[^1]] = value;
    }
}
