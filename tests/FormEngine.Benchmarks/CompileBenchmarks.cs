using BenchmarkDotNet.Attributes;
using FormEngine.Forms.Compilation;

namespace FormEngine.Benchmarks;

/// <summary>
/// Publishing cost: the real begar-intyg definition from YAML text to a compiled form with its JSON Schema
/// (what the definition store does once per version), next to the 15-field benchmark form.
/// Run: dotnet run -c Release --project tests/FormEngine.Benchmarks -- --filter '*Compile*'
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private string _begarIntyg = "";

    [GlobalSetup]
    public void Setup()
    {
        _begarIntyg = File.ReadAllText(Path.Combine(ValidationForm.RepositoryRoot(), "definitions", "eservices", "begar-intyg", "form.yaml"));
        if (!new FormCompiler().Compile("form.yaml", _begarIntyg).Succeeded) throw new InvalidOperationException("begar-intyg does not compile.");
    }

    [Benchmark(Baseline = true, Description = "Compile begar-intyg (YAML to form and JSON Schema)")]
    public object? Compile_begar_intyg() => new FormCompiler().Compile("form.yaml", _begarIntyg).Form;

    [Benchmark(Description = "Compile the 15-field benchmark form")]
    public object? Compile_fifteen_fields() => new FormCompiler().Compile("bench-kontakt.yaml", ValidationForm.Yaml).Form;
}
