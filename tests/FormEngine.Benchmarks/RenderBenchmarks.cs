using BenchmarkDotNet.Attributes;
using FormEngine.Forms;
using FormEngine.Rendering;
using FormEngine.Submissions;

namespace FormEngine.Benchmarks;

/// <summary>
/// One 15-field page with every field answered: FormRenderer (templates pre-rendered once per form and
/// language, holes filled per request) against one cached whole-page Scriban template with a reflected model.
/// Both start from the compiled form and the pipeline's result; the goal is at least 3x faster.
/// Run: dotnet run -c Release --project tests/FormEngine.Benchmarks -- --filter '*Render*'
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private CompiledForm _form = null!;
    private SubmissionResult _answers = null!;
    private RenderRequest _request = null!;
    private RenderRequest _withErrors = null!;
    private readonly RenderBaseline _baseline = new();

    [GlobalSetup]
    public void Setup()
    {
        _form = RenderPage.Compile();
        _answers = RenderPage.Process(_form);
        if (!_answers.IsValid) throw new InvalidOperationException("The benchmark answers should be valid: " + string.Join("; ", _answers.Issues));
        _request = new RenderRequest(_form, RenderPage.Context) { Answers = _answers, ActionUrl = "/send" };
        _withErrors = _request with { Answers = SubmissionPipeline.Process(_form, new System.Text.Json.Nodes.JsonObject(), RenderPage.Context), ShowErrors = true };
        // Rendering once here keeps first-use costs out of the numbers, and checks that all three produce the
        // same page: the same controls, ticks and aria wiring, so the comparison is like for like.
        var ours = FormRenderer.Default.Render(_request);
        RenderParity.Check(ours, _baseline.Render(_form, _answers, RenderPage.Context), "baseline");
        RenderParity.Check(ours, _baseline.RenderTuned(_form, _answers, RenderPage.Context), "tuned Scriban");
    }

    [Benchmark(Baseline = true, Description = "Scriban whole page, reflected model")]
    public string PlainScriban() => _baseline.Render(_form, _answers, RenderPage.Context);

    [Benchmark(Description = "Scriban whole page, ScriptObject model, shared builtins")]
    public string TunedScriban() => _baseline.RenderTuned(_form, _answers, RenderPage.Context);

    [Benchmark(Description = "FormRenderer.Render")]
    public string FormRenderer_Render() => FormRenderer.Default.Render(_request);

    [Benchmark(Description = "FormRenderer.Render, every field in error")]
    public string FormRenderer_Render_with_errors() => FormRenderer.Default.Render(_withErrors);
}
