using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using FormEngine.Forms;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Tests.Schema;

/// <summary>
/// One agreement check: raw submission → steps 1-4 → our validator and JsonSchema.Net on the published schema
/// must give the same verdict. The counts say what was exercised.
/// </summary>
internal sealed class Agreement(CompiledForm form)
{
    private readonly JsonSchemaOracle _oracle = new(form);
    private int _valid;
    private int _invalid;
    private int _oracleCrashed;

    public ConditionCoverage Coverage { get; } = new(form.Schema);
    public int Valid => _valid;
    public int Invalid => _invalid;
    /// <summary>Submissions JsonSchema.Net could not evaluate (numbers beyond decimal in const/enum/uniqueItems).</summary>
    public int OracleCrashed => _oracleCrashed;
    public int Total => _valid + _invalid + _oracleCrashed;

    public Agreement Run(int iterations)
    {
        new SubmissionGenerator(form).Submissions().Sample(Check, iter: iterations, print: raw => raw);
        return this;
    }

    public void Check(string raw)
    {
        var data = SubmissionPipeline.Prepare(form, (JsonObject)JsonNode.Parse(raw)!, TestForms.Context);
        var issues = NativeValidator.Validate(form.Schema, data);
        Coverage.Observe(form.Schema, data);
        Json.Schema.EvaluationResults results;
        try
        {
            results = _oracle.Evaluate(data);
        }
        catch (FormatException) when (HoldsNumberBeyondDecimal(data))
        {
            // JsonSchema.Net 8.0.5 throws when const, enum or uniqueItems meet such a number; ours must still answer.
            Interlocked.Increment(ref _oracleCrashed);
            return;
        }
        if ((issues.Count == 0) != results.IsValid)
            throw new Xunit.Sdk.XunitException(
                $"Disagreement on {form.Key}: ours {(issues.Count == 0 ? "valid" : "invalid")}, JsonSchema.Net {(results.IsValid ? "valid" : "invalid")}.\n" +
                $"Raw: {raw}\nPrepared: {data.ToJsonString()}\nOurs:\n  {string.Join("\n  ", issues.Select(i => $"{i.Path}: {i.Code}"))}\n" +
                $"JsonSchema.Net:\n{JsonSchemaOracle.Describe(results)}");
        Interlocked.Increment(ref results.IsValid ? ref _valid : ref _invalid);
    }

    public string Summary => $"{form.Key}: {Total} submissions, {Valid} valid, {Invalid} invalid, {OracleCrashed} JsonSchema.Net could not evaluate; " +
                             $"{Coverage.Count} if/then conditions, one-sided: [{string.Join(", ", Coverage.OneSided())}]";

    private static bool HoldsNumberBeyondDecimal(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(p => HoldsNumberBeyondDecimal(p.Value)),
        JsonArray array => array.Any(HoldsNumberBeyondDecimal),
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => !value.GetValue<JsonElement>().TryGetDecimal(out _),
        _ => false,
    };
}
