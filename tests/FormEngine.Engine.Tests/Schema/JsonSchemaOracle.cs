using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Schema;
using Json.Schema;

namespace FormEngine.Tests.Schema;

/// <summary>JsonSchema.Net 8 evaluating a form's published schema, the way toolchain.md says to run it.</summary>
internal sealed class JsonSchemaOracle
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly JsonSchema _schema;

    public JsonSchemaOracle(CompiledForm form)
    {
        JsonSchemaFormats.Register();
        // A registry per build: the schema's $id is fixed per form version, and JsonSchema.Net refuses to register an $id twice.
        _schema = JsonSchema.FromText(form.JsonSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    public EvaluationResults Evaluate(JsonNode data)
    {
        using var document = JsonDocument.Parse(data.ToJsonString());
        return _schema.Evaluate(document.RootElement.Clone(), Options);
    }

    /// <summary>The errors that decided the verdict; failures inside <c>if</c> only choose whether <c>then</c> applies.</summary>
    public static string Describe(EvaluationResults results) => string.Join("\n",
        (results.Details ?? []).Prepend(results)
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
}
