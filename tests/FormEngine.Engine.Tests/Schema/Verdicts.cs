using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Tests.Schema;

/// <summary>Both validators' verdicts on one raw submission after steps 1-4, for hand-written regression cases.</summary>
internal static class Verdicts
{
    public static (bool Ours, bool JsonSchemaNet, IReadOnlyList<ValidationIssue> Issues) Of(CompiledForm form, string raw)
    {
        var data = SubmissionPipeline.Prepare(form, (JsonObject)JsonNode.Parse(raw)!, TestForms.Context);
        var issues = NativeValidator.Validate(form.Schema, data);
        return (issues.Count == 0, new JsonSchemaOracle(form).Evaluate(data).IsValid, issues);
    }

    /// <summary>Asserts that both validators give <paramref name="valid"/>, so that a drift on either side shows.</summary>
    public static void Expect(CompiledForm form, string raw, bool valid)
    {
        var (ours, theirs, issues) = Of(form, raw);
        Assert.True(theirs == valid, $"JsonSchema.Net says {(theirs ? "valid" : "invalid")} for {raw}");
        Assert.True(ours == valid, $"We say {(ours ? "valid" : "invalid")} for {raw}: {string.Join(", ", issues.Select(i => $"{i.Path} {i.Code}"))}");
    }

    /// <summary>
    /// Like <see cref="Expect"/> but on a document as given, without steps 1-4: for values step 1 no longer lets
    /// through (numbers beyond decimal become text there) whose schema meaning must still agree.
    /// </summary>
    public static void ExpectAsGiven(CompiledForm form, string document, bool valid)
    {
        var data = (JsonObject)JsonNode.Parse(document)!;
        var issues = NativeValidator.Validate(form.Schema, data);
        Assert.True(new JsonSchemaOracle(form).Evaluate(data).IsValid == valid, $"JsonSchema.Net disagrees for {document}");
        Assert.True(issues.Count == 0 == valid, $"We say {(issues.Count == 0 ? "valid" : "invalid")} for {document}");
    }

    /// <summary>A one-page form with the given fields (YAML, indented as list items under <c>fields:</c>).</summary>
    public static CompiledForm Form(string fields) => TestForms.FromYaml($"""
        key: regression
        version: 1
        title: {"{"}sv: Regression{"}"}
        category: test
        workflow: standard-case
        languages: [sv]
        pages:
          - key: page
            title: {"{"}sv: Sida{"}"}
            fields:
        {fields}
        """);
}
