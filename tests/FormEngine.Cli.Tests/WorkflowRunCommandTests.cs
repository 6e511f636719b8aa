namespace FormEngine.Cli.Tests;

/// <summary><c>formengine workflow run</c> through the real entry point, on the engine's scenario workflows.</summary>
public sealed class WorkflowRunCommandTests
{
    private static readonly string Scenarios = Path.Combine(FindRepositoryRoot(), "tests", "FormEngine.Engine.Tests", "Workflows", "scenarios");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "engine", "FormEngine.Engine.csproj"))) return dir.FullName;
        // Built with an artifacts path outside the checkout: the source file's own location.
        return Path.GetFullPath(Path.Combine(ThisFolder(), "..", ".."));
    }

    private static string ThisFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Workflow(string scenario) => Path.Combine(Scenarios, scenario, "workflow.json");

    [Theory]
    [InlineData("001-writeline-sequence")]
    [InlineData("012-loop-counter")]
    [InlineData("008-fork-join-wait-any-cancels")]
    public void A_finishing_workflow_prints_its_lines_and_Finished(string scenario)
    {
        var run = CliRun.Of("workflow", "run", Workflow(scenario));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Scenarios, scenario, "expected.txt")).ReplaceLineEndings("\n"), run.Stdout);
    }

    [Fact]
    public void The_standard_case_workflow_runs_with_case_activities_until_staff_must_decide()
    {
        var standardCase = Path.Combine(FindRepositoryRoot(), "definitions", "workflows", "standard-case.json");
        var run = CliRun.Of("workflow", "run", standardCase, "--input", "caseId=c-1", "--input", "clinicKey=vc-eksjo");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["status: Suspended (FormEngine.AwaitStaffDecision, FormEngine.AwaitStaffDecision.Deadline)"], run.StdoutLines);
    }

    [Fact]
    public void Activity_descriptors_are_printed_as_json_with_inputs_and_outcomes()
    {
        var run = CliRun.Of("workflow", "activities");
        Assert.Equal(0, run.ExitCode);
        var descriptors = System.Text.Json.Nodes.JsonNode.Parse(run.Stdout)!.AsArray();
        var decision = descriptors.Single(d => (string?)d!["type"] == "FormEngine.AwaitStaffDecision")!;
        Assert.Equal("decisions", (string?)decision["outcomesFromInput"]);
        Assert.Contains("Overdue", decision["outcomes"]!.AsArray().Select(o => (string?)o));
        Assert.Contains(descriptors, d => (string?)d!["type"] == "Elsa.FlowDecision");
    }

    [Fact]
    public void Inputs_are_given_as_NAME_VALUE()
    {
        var run = CliRun.Of("workflow", "run", Workflow("016-liquid"), "--input", "namn=Eva");
        Assert.Equal("Hej Eva, du har 3 ärenden (flera)\nstatus: Finished\n", run.Stdout);
    }

    [Fact]
    public void A_waiting_workflow_exits_0_and_names_its_bookmarks()
    {
        var run = CliRun.Of("workflow", "run", Workflow("033-two-events-in-order"));
        Assert.Equal((0, "status: Suspended (Elsa.Event, Elsa.Event)\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void A_faulted_workflow_exits_1()
    {
        var run = CliRun.Of("workflow", "run", Workflow("020-fault-activity"));
        Assert.Equal((1, "före\nstatus: Faulted (Något gick fel)\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void An_unknown_activity_is_a_warning_and_a_branch_not_taken_still_finishes()
    {
        var run = CliRun.Of("workflow", "run", Workflow("018-unknown-activity-not-taken"));
        Assert.Equal((0, "känd väg\nstatus: Finished\n"), (run.ExitCode, run.Stdout));
        Assert.Contains("warning FE2003", run.Stderr);
    }

    [Fact]
    public void A_definition_the_validator_refuses_is_not_run()
    {
        var run = CliRun.Of("workflow", "run", Workflow("032-csharp-rejected"));
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("error FE2008", run.Stderr);
    }

    [Fact]
    public void Invalid_JSON_exits_1_with_a_diagnostic()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("workflow", "run", folder.Write("broken.json", "{\n  \"root\": \n"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error FE2001", run.Stderr);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void A_missing_file_or_a_bad_input_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("workflow", "run", "/nonexistent/workflow.json").ExitCode);
        Assert.Equal(2, CliRun.Of("workflow", "run", Workflow("001-writeline-sequence"), "--input", "novalue").ExitCode);
    }
}
