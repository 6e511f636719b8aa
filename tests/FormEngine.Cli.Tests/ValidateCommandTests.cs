namespace FormEngine.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_of_good_forms_and_holding_examples_exits_0_with_a_summary()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        _folder.Write("eservices/intyg/examples/new.yaml", TestForms.ValidExample);
        _folder.Write("eservices/intyg/examples/renewal.yaml", TestForms.RenewalExample);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 form, 2 examples, 0 workflows: 0 errors, 0 warnings"], run.StdoutLines);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_broken_form_reports_every_error_with_its_line_and_column_on_stdout_and_exits_1()
    {
        var form = _folder.Write("broken/form.yaml", TestForms.Broken);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{form}(1,6): error FE1009: Form key 'Broken Key' must be lowercase letters, digits and '-', starting with a letter.",
                $"{form}(11,15): error FE1007: Unknown field type 'integger'. Did you mean 'integer'?",
                $"{form}(13,9): error FE1004: Field 'name' needs a 'label'.",
                $"{form}(15,9): error FE1002: Unknown property 'labl' in a field. Did you mean 'label'?",
                "1 form, 0 examples, 0 workflows: 4 errors, 0 warnings",
            ],
            run.StdoutLines);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Forms_are_found_in_every_subfolder_and_files_can_be_given_directly()
    {
        _folder.Write("eservices/a/form.yaml", TestForms.Intyg);
        _folder.Write("templates/b/form.yaml", TestForms.Intyg);
        _folder.Write("eservices/a/examples/form.yaml", TestForms.ValidExample);
        var broken = _folder.Write("elsewhere/broken.yaml", TestForms.Broken);
        Assert.Equal("2 forms, 1 example, 0 workflows: 0 errors, 0 warnings", CliRun.Of("validate", _folder.Root).StdoutLines.Last());
        var both = CliRun.Of("validate", _folder.PathOf("eservices"), broken);
        Assert.Equal("2 forms, 1 example, 0 workflows: 4 errors, 0 warnings", both.StdoutLines.Last());
        Assert.Equal(1, both.ExitCode);
    }

    [Fact]
    public void An_example_mismatch_is_reported_at_the_expectation_and_exits_1()
    {
        _folder.Write("intyg/form.yaml", TestForms.Intyg);
        var example = _folder.Write("intyg/examples/wrong.yaml", """
            answers: {kind: korkort, request_type: renewal, terms_accepted: true}
            expect:
              valid: false
              errors:
                previous_issuer: max_length
              hidden: [previous_issuer]
            """);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{example}(4,3): error FE1041: Example got an unexpected issue 'kind: choice' (Välj ett av alternativen.).",
                $"{example}(5,5): error FE1041: Example expected 'previous_issuer: max_length' but got 'previous_issuer: required' there.",
                $"{example}(6,12): error FE1041: Example expected 'previous_issuer' to be hidden but it is visible (relevant).",
                "1 form, 1 example, 0 workflows: 3 errors, 0 warnings",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void An_unreadable_example_is_FE1040_with_its_position()
    {
        _folder.Write("intyg/form.yaml", TestForms.Intyg);
        var example = _folder.Write("intyg/examples/typo.yaml", "answers: {}\nexpect:\n  valid: true\n  hiden: [kind]\n");
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{example}(4,3): error FE1040: Unknown property 'hiden' in expect. Did you mean 'hidden'?", "1 form, 1 example, 0 workflows: 1 error, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        _folder.Write("intyg/form.yaml", TestForms.Intyg.Replace("title: {sv: Kontakt, en: Contact}", "title: {sv: Kontakt}"));
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning FE1012", run.Stdout);
        Assert.Equal("1 form, 0 examples, 0 workflows: 0 errors, 1 warning", run.StdoutLines.Last());
    }

    [Fact]
    public void A_missing_path_exits_2_and_says_so_on_stderr()
    {
        _folder.Write("intyg/form.yaml", TestForms.Intyg);
        var missing = _folder.PathOf("nope");
        var run = CliRun.Of("validate", _folder.Root, missing);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{missing}' does not exist", run.Stderr);
        Assert.Equal("1 form, 0 examples, 0 workflows: 0 errors, 0 warnings", run.StdoutLines.Last());
    }

    [Fact]
    public void A_folder_without_forms_exits_2()
    {
        _folder.Write("notes/readme.md", "nothing here");
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no form.yaml found", run.Stderr);
    }
}
