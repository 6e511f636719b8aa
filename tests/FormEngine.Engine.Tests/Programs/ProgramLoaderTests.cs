using FormEngine.Catalog;
using FormEngine.Diagnostics;
using FormEngine.Programs;
using static FormEngine.Tests.Programs.ProgramFixtures;

namespace FormEngine.Tests.Programs;

/// <summary>The folder layout: program.yaml plus forms/*.yaml, keys matching names, step forms on the program-step workflow.</summary>
public sealed class ProgramLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("programs-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void A_valid_folder_loads_its_program_with_the_compiled_step_form()
    {
        Write("prov/program.yaml", Program());
        Write("prov/forms/skattning.yaml", StepForm());
        var result = ProgramLoader.Load(_root);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.ProgramsRead);
        Assert.Equal("skattning", Assert.Single(result.Programs["prov"].Forms).Key);
    }

    [Fact]
    public void FE4005_a_program_key_that_is_not_its_folder_name()
    {
        Write("annat/program.yaml", Program());
        Write("annat/forms/skattning.yaml", StepForm());
        var result = ProgramLoader.Load(_root);
        var diagnostic = Single(result.Diagnostics, DiagnosticCodes.ProgramFileMismatch, 1, 1);
        Assert.EndsWith(Path.Combine("annat", "program.yaml"), diagnostic.Span.File);
        Assert.Empty(result.Programs);
    }

    [Fact]
    public void FE4005_a_step_form_whose_key_is_not_its_file_name_is_left_out()
    {
        Write("prov/program.yaml", Program());
        Write("prov/forms/skattningar.yaml", StepForm());
        var result = ProgramLoader.Load(_root);
        Assert.Equal([DiagnosticCodes.ProgramFileMismatch, DiagnosticCodes.UnknownStepForm], result.Diagnostics.Select(d => d.Code));
        Assert.Empty(result.Programs);
    }

    [Fact]
    public void FE4008_a_step_form_on_another_workflow()
    {
        Write("prov/program.yaml", Program());
        Write("prov/forms/skattning.yaml", StepForm(workflow: "standard-case"));
        var result = ProgramLoader.Load(_root);
        var first = result.Diagnostics[0];
        Assert.Equal(DiagnosticCodes.NotAStepForm, first.Code);
        Assert.Equal((1, 1), (first.Span.Line, first.Span.Column));
        Assert.Empty(result.Programs);
    }

    [Fact]
    public void A_step_form_with_errors_reports_them_and_its_step()
    {
        Write("prov/program.yaml", Program());
        Write("prov/forms/skattning.yaml", StepForm().Replace("type: integer", "type: integr"));
        var result = ProgramLoader.Load(_root);
        Assert.Contains(result.Diagnostics, d => d.Code.Id.StartsWith("FE1", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownStepForm);
        Assert.Empty(result.Programs);
    }

    [Fact]
    public void FE4001_a_missing_folder()
    {
        var result = ProgramLoader.Load(Path.Combine(_root, "saknas"));
        Assert.Equal(DiagnosticCodes.ProgramUnreadable, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void The_demo_program_loads_clean()
    {
        var result = ProgramLoader.Load(Path.Combine(RepositoryRoot.Path, "definitions", ProgramLoader.FolderName));
        Assert.Empty(result.Diagnostics);
        var program = result.Programs["stress-kbt"];
        Assert.True(program.Modules.Count >= 4);
        Assert.All(program.Modules, m => Assert.NotEmpty(m.FormSteps));
        Assert.True(program.IsUsableBy(Clinic(ClinicKind.Vardcentral)));
        Assert.False(program.IsUsableBy(Clinic(ClinicKind.Specialist)));
    }

    private static Clinic Clinic(ClinicKind kind) => new()
    {
        Key = "vc-a", Name = "A", Kind = kind, HsaId = "SE2321000065-E1", Municipality = "Eksjö", RegionKey = "r",
        Queues = [new ClinicQueue("inkorg", FormEngine.Definitions.LocalizedText.Swedish("Inkorg"))],
    };
}
