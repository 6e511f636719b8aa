using System.Runtime.CompilerServices;

namespace FormEngine.Cli.Tests;

public sealed class ValidateWorkflowTests : IDisposable
{
    private const string Workflow = """
        {
          "definitionId": "standard-case",
          "version": 1,
          "root": {
            "type": "Elsa.Flowchart",
            "id": "Flowchart1",
            "activities": [
              { "id": "Start1", "type": "Elsa.Start", "version": 1 },
              { "id": "WriteLine1", "type": "Elsa.WriteLine", "version": 1, "text": "Hej" }
            ],
            "connections": [
              { "source": { "activity": "Start1", "port": "Done" }, "target": { "activity": "WriteLine1", "port": "In" } }
            ]
          }
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Workflows_in_a_workflows_folder_are_validated_and_counted_in_the_summary()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        _folder.Write("workflows/standard-case.json", Workflow);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 form, 0 examples, 1 workflow: 0 errors, 0 warnings"], run.StdoutLines);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_broken_workflow_reports_every_problem_at_its_value_and_exits_1()
    {
        var file = _folder.Write("workflows/standard-case.json", Workflow
            .Replace("\"type\": \"Elsa.WriteLine\"", "\"type\": \"Elsa.WriteLin\"")
            .Replace("\"port\": \"Done\"", "\"port\": \"Don\"")
            .Replace("\"activity\": \"WriteLine1\", \"port\": \"In\"", "\"activity\": \"WriteLine2\", \"port\": \"In\""));
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{file}(9,15): warning FE2007: Activity 'WriteLine1' (Elsa.WriteLin) cannot be reached from the start activity 'Start1'.",
                $"{file}(9,37): warning FE2003: Unknown activity type 'Elsa.WriteLin'; it is kept and written back unchanged, but cannot run. Did you mean 'Elsa.WriteLine'?",
                $"{file}(12,51): error FE2006: Elsa.Start 'Start1' cannot complete with 'Don': its outcomes are Done. Did you mean 'Done'?",
                $"{file}(12,84): error FE2005: Connection to 'WriteLine2', which is not an activity of this flowchart. Did you mean 'WriteLine1'?",
                "0 forms, 0 examples, 1 workflow: 2 errors, 2 warnings",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void A_form_naming_a_missing_workflow_is_FE2014_at_its_workflow_line_when_workflows_are_validated_too()
    {
        var form = _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg.Replace("workflow: standard-case", "workflow: standard-cse"));
        _folder.Write("workflows/standard-case.json", Workflow);
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{form}(5,11): error FE2014: No workflow with definitionId 'standard-cse'. Did you mean 'standard-case'?",
                "1 form, 0 examples, 1 workflow: 1 error, 0 warnings",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void A_single_form_is_validated_without_its_workflow()
    {
        var form = _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg.Replace("workflow: standard-case", "workflow: elsewhere"));
        _folder.Write("workflows/standard-case.json", Workflow);
        var run = CliRun.Of("validate", form);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 form, 0 examples, 0 workflows: 0 errors, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public void A_json_file_given_by_name_is_validated_as_a_workflow_wherever_it_is()
    {
        var file = _folder.Write("drafts/new.json", "{\"definitionId\": \"x\", \"version\": 1, \"root\": {\"type\": \"Elsa.Flowchart\", \"id\": \"F\", \"activities\": []}}");
        var run = CliRun.Of("validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"{file}(1,97): error FE2007: The flowchart has no activities, so there is no start activity.", "0 forms, 0 examples, 1 workflow: 1 error, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public void A_workflows_folder_alone_is_enough_and_invalid_json_is_FE2001()
    {
        _folder.Write("workflows/good.json", Workflow);
        var bad = _folder.Write("workflows/bad.json", "{\n  \"definitionId\": \"bad\",\n  \"version\": 1\n  \"root\": {}\n}");
        _folder.Write("workflows/notes.txt", "not a workflow");
        var run = CliRun.Of("validate", _folder.PathOf("workflows"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"{bad}(4,3): error FE2001: The workflow is not valid JSON: '\"' is invalid after a value. Expected either ',', '}}', or ']'.",
             "0 forms, 0 examples, 2 workflows: 1 error, 0 warnings"],
            run.StdoutLines);
    }

    [Fact]
    public void The_repository_definitions_validate_clean_forms_and_workflows_together()
    {
        var definitions = Path.Combine(RepositoryRoot(), "definitions");
        var run = CliRun.Of("validate", definitions);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Single(run.StdoutLines);
        var workflows = Directory.GetFiles(Path.Combine(definitions, "workflows"), "*.json").Length;
        // definitions/catalog/ and definitions/programs/ are checked in the same run, hence the clinics and programs.
        Assert.Matches($@"^\d+ forms?, \d+ examples?, {workflows} workflows?, [1-9]\d* clinics?, [1-9]\d* programs?: 0 errors, 0 warnings$", run.StdoutLines[0]);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
