namespace FormEngine.Cli.Tests;

/// <summary><c>formengine validate FOLDER</c> also reads FOLDER/programs/ (treatment programs and their step forms).</summary>
public sealed class ValidateProgramTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string StepForm = """
        key: skattning
        version: 1
        title: {sv: Skattning}
        category: stod-och-behandling
        flow: resident-initiated
        workflow: program-step
        languages: [sv]
        pages:
          - key: sida
            title: {sv: Sida}
            fields:
              - {key: niva, type: integer, label: {sv: Nivå}, required: true}
        """;

    private static string Program(string form) => $$"""
        key: prov
        version: 1
        title: {sv: Prov}
        description: {sv: Ett prov.}
        modules:
          - key: forsta
            title: {sv: Första}
            steps:
              - key: fyll
                kind: form
                title: {sv: Fyll i}
                form: {{form}}
        """;

    [Fact]
    public void A_good_program_is_counted_in_the_summary_and_exits_0()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        _folder.Write("programs/prov/program.yaml", Program("skattning"));
        _folder.Write("programs/prov/forms/skattning.yaml", StepForm);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 form, 0 examples, 0 workflows, 1 program: 0 errors, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public void A_step_naming_a_missing_form_is_reported_at_its_line_and_exits_1()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        _folder.Write("programs/prov/program.yaml", Program("skatning"));
        _folder.Write("programs/prov/forms/skattning.yaml", StepForm);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        var file = Path.Combine(_folder.Root, "programs", "prov", "program.yaml");
        Assert.Equal(2, run.StdoutLines.Length);
        Assert.Equal($"{file}(12,15): error FE4003: Form 'skatning' is not in the program's forms/ folder (or has errors). Did you mean 'skattning'?", run.StdoutLines[0]);
        Assert.Equal("1 form, 0 examples, 0 workflows, 1 program: 1 error, 0 warnings", run.StdoutLines[1]);
    }
}
