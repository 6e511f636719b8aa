using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FormEngine.Forms;
using FormEngine.Schema;
using FormEngine.Submissions;
using Json.Schema;

namespace FormEngine.Benchmarks;

/// <summary>
/// Step 5 on a 15-field submission that steps 1-4 already prepared: JsonSchema.Net evaluating the published
/// schema (the baseline of each group, schema built once, JsonElement parsed once) against our NativeValidator
/// walking the same SchemaNode tree over the same data. Goal: ours at least 10x faster. The whole pipeline
/// (steps 1-6 from the raw post) is measured for information.
/// Run: dotnet run -c Release --project tests/FormEngine.Benchmarks -- --filter '*Validation*'
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private static readonly EvaluationOptions List = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private static readonly EvaluationOptions Flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private CompiledForm _form = null!;
    private JsonSchema _schema = null!;
    private JsonObject _valid = null!;
    private JsonObject _invalid = null!;
    private JsonElement _validElement;
    private JsonElement _invalidElement;

    [GlobalSetup]
    public void Setup()
    {
        JsonSchemaFormats.Register();
        _form = ValidationForm.Compile();
        _schema = JsonSchema.FromText(_form.JsonSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        _valid = SubmissionPipeline.Prepare(_form, ValidationForm.Valid(), ValidationForm.Context);
        _invalid = SubmissionPipeline.Prepare(_form, ValidationForm.Invalid(), ValidationForm.Context);
        _validElement = JsonDocument.Parse(_valid.ToJsonString()).RootElement;
        _invalidElement = JsonDocument.Parse(_invalid.ToJsonString()).RootElement;

        // Both must reach the same verdicts, or the comparison means nothing.
        Check(NativeValidator.Validate(_form.Schema, _valid).Count == 0 && _schema.Evaluate(_validElement, List).IsValid, "valid");
        var problems = NativeValidator.Validate(_form.Schema, _invalid).Count;
        Check(problems == 10 && !_schema.Evaluate(_invalidElement, List).IsValid, $"invalid with 10 problems (ours found {problems})");
        Check(SubmissionPipeline.Process(_form, ValidationForm.Valid(), ValidationForm.Context).IsValid, "valid through the pipeline");
    }

    [BenchmarkCategory("Valid"), Benchmark(Baseline = true, Description = "JsonSchema.Net, List output")]
    public bool JsonSchemaNet_valid_list() => _schema.Evaluate(_validElement, List).IsValid;

    [BenchmarkCategory("Valid"), Benchmark(Description = "JsonSchema.Net, Flag output")]
    public bool JsonSchemaNet_valid_flag() => _schema.Evaluate(_validElement, Flag).IsValid;

    [BenchmarkCategory("Valid"), Benchmark(Description = "NativeValidator")]
    public int Native_valid() => NativeValidator.Validate(_form.Schema, _valid).Count;

    [BenchmarkCategory("Valid"), Benchmark(Description = "Pipeline steps 1-6 from the raw post")]
    public bool Pipeline_valid() => SubmissionPipeline.Process(_form, ValidationForm.Valid(), ValidationForm.Context).IsValid;

    [BenchmarkCategory("Invalid"), Benchmark(Baseline = true, Description = "JsonSchema.Net, List output")]
    public bool JsonSchemaNet_invalid_list() => _schema.Evaluate(_invalidElement, List).IsValid;

    [BenchmarkCategory("Invalid"), Benchmark(Description = "NativeValidator (issues with paths and messages)")]
    public int Native_invalid() => NativeValidator.Validate(_form.Schema, _invalid).Count;

    [BenchmarkCategory("Invalid"), Benchmark(Description = "Pipeline steps 1-6 from the raw post")]
    public bool Pipeline_invalid() => SubmissionPipeline.Process(_form, ValidationForm.Invalid(), ValidationForm.Context).IsValid;

    private static void Check(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException($"Benchmark setup: expected {what}.");
    }
}
