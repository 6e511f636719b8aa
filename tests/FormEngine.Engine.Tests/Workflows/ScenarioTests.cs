namespace FormEngine.Tests.Workflows;

/// <summary>
/// Golden scenarios: every folder under Workflows/scenarios runs through the runtime and must print exactly
/// its expected.txt (WriteLine lines, then the status line, as the CLI does).
/// </summary>
public sealed class ScenarioTests
{
    public static string ScenarioRoot => Path.Combine(RepositoryRoot.Path, "tests", "FormEngine.Engine.Tests", "Workflows", "scenarios");

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(ScenarioRoot).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Scenario_prints_its_expected_output(string name)
    {
        var folder = Path.Combine(ScenarioRoot, name);
        var expected = File.ReadAllText(Path.Combine(folder, "expected.txt")).ReplaceLineEndings("\n");

        var actual = await ScenarioRunner.RunAsync(folder);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void There_are_at_least_25_scenarios() => Assert.True(Scenarios().Count >= 25);

    /// <summary>Scenarios are also valid definitions, except the one that shows the runtime's own refusal.</summary>
    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_passes_the_validator(string name)
    {
        var validation = new FormEngine.Workflows.Definitions.Validation.WorkflowValidator()
            .Validate(name, File.ReadAllText(Path.Combine(ScenarioRoot, name, "workflow.json")));
        Assert.Equal(name == "032-csharp-rejected", validation.HasErrors);
    }
}
