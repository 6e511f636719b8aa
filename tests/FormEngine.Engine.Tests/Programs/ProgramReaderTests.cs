using FormEngine.Catalog;
using FormEngine.Diagnostics;
using FormEngine.Programs;
using static FormEngine.Tests.Programs.ProgramFixtures;

namespace FormEngine.Tests.Programs;

/// <summary>Every program diagnostic the reader gives, from a program with exactly that mistake, at its line and column.</summary>
public sealed class ProgramReaderTests
{
    [Fact]
    public void The_minimal_program_reads_with_its_module_steps_and_form()
    {
        var (program, diagnostics) = Read(Program());
        Assert.Empty(diagnostics);
        Assert.NotNull(program);
        var module = Assert.Single(program.Modules);
        Assert.Equal("forsta", module.Key);
        Assert.Equal(["Läs detta."], module.Texts.Select(t => t.In("sv")));
        Assert.Equal([StepKind.Read, StepKind.Form], module.Steps.Select(s => s.Kind));
        Assert.Equal("skattning", module.Steps[1].Form!.Key);
        Assert.Equal([ClinicKind.Vardcentral], program.ClinicKinds);
    }

    [Fact]
    public void FE4002_a_step_key_given_twice()
    {
        var (program, diagnostics) = Read(Program("      - key: las", "        kind: message", "        title: {sv: Skriv}"));
        var diagnostic = Single(diagnostics, DiagnosticCodes.DuplicateProgramEntry, 20, 14);
        Assert.Equal("program.yaml(20,14): error FE4002: Step 'las' is given twice in this module.", diagnostic.ToString());
        Assert.Null(program);
    }

    [Fact]
    public void FE4002_a_module_key_given_twice()
    {
        var (_, diagnostics) = Read(Program(
            "  - key: forsta", "    title: {sv: Igen}", "    steps:", "      - key: a", "        kind: message", "        title: {sv: A}"));
        Single(diagnostics, DiagnosticCodes.DuplicateProgramEntry, 20, 10);
    }

    [Fact]
    public void FE4003_a_form_step_naming_a_missing_form_suggests_the_closest()
    {
        var (program, diagnostics) = Read(Program("      - key: igen", "        kind: form", "        title: {sv: Igen}", "        form: skatning"));
        var diagnostic = Single(diagnostics, DiagnosticCodes.UnknownStepForm, 23, 15);
        Assert.Contains("Did you mean 'skattning'?", diagnostic.Message);
        Assert.Null(program);
    }

    [Fact]
    public void FE4004_a_form_step_without_form()
    {
        var (_, diagnostics) = Read(Program("      - key: igen", "        kind: form", "        title: {sv: Igen}"));
        Single(diagnostics, DiagnosticCodes.StepDoesNotFitKind, 20, 9);
    }

    [Fact]
    public void FE4004_a_read_step_with_a_form()
    {
        var (_, diagnostics) = Read(Program("      - key: igen", "        kind: read", "        title: {sv: Igen}", "        text: {sv: T}", "        form: skattning"));
        Single(diagnostics, DiagnosticCodes.StepDoesNotFitKind, 24, 15);
    }

    [Fact]
    public void FE4004_a_read_step_without_text()
    {
        var (_, diagnostics) = Read(Program("      - key: igen", "        kind: read", "        title: {sv: Igen}"));
        Single(diagnostics, DiagnosticCodes.StepDoesNotFitKind, 20, 9);
    }

    [Fact]
    public void FE4006_a_clinic_not_in_the_catalogue()
    {
        var catalog = new ClinicCatalog([]);
        var (program, diagnostics) = Read(Program().Replace("clinic_kinds: [vardcentral]", "clinics: [vc-eksjo]"), catalog);
        Single(diagnostics, DiagnosticCodes.UnknownProgramClinic, 5, 11);
        Assert.Null(program);
    }

    [Fact]
    public void FE4007_a_module_without_steps()
    {
        var text = string.Join("\n", Program().Split('\n')[..10]) + "\n    steps: []\n";
        var (_, diagnostics) = Read(text);
        Single(diagnostics, DiagnosticCodes.ProgramWithoutSteps, 11, 12);
    }

    [Fact]
    public void FE4007_a_program_without_modules()
    {
        var text = string.Join("\n", Program().Split('\n')[..5]) + "\nmodules: []\n";
        var (_, diagnostics) = Read(text);
        Single(diagnostics, DiagnosticCodes.ProgramWithoutSteps, 6, 10);
    }

    [Fact]
    public void An_unknown_step_kind_is_reported_with_a_suggestion()
    {
        var (_, diagnostics) = Read(Program("      - key: igen", "        kind: mesage", "        title: {sv: Igen}"));
        var diagnostic = Single(diagnostics, DiagnosticCodes.InvalidValue, 21, 15);
        Assert.Contains("Did you mean 'message'?", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_property_in_a_step_is_reported_at_its_key()
    {
        var (_, diagnostics) = Read(Program("      - key: igen", "        kind: message", "        titel: {sv: Igen}", "        title: {sv: Igen}"));
        var diagnostic = Single(diagnostics, DiagnosticCodes.UnknownProperty, 22, 9);
        Assert.Contains("Did you mean 'title'?", diagnostic.Message);
    }

    [Fact]
    public void A_missing_description_is_reported_and_nothing_is_returned()
    {
        var (program, diagnostics) = Read(Program().Replace("description: {sv: Ett program för prov.}\n", ""));
        Single(diagnostics, DiagnosticCodes.MissingProperty, 1, 1);
        Assert.Null(program);
    }

    [Theory]
    [InlineData("key: [a\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("")]
    public void Broken_yaml_never_throws_and_gives_no_program(string text)
    {
        var (program, diagnostics) = Read(text);
        Assert.Null(program);
        Assert.Contains(diagnostics, d => d.IsError);
    }
}
