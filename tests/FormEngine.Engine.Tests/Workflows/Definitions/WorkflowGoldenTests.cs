using FormEngine.Workflows.Definitions.Validation;

namespace FormEngine.Tests.Workflows.Definitions;

/// <summary>
/// Golden files for workflow validation: each folder under golden/ holds a <c>workflow.json</c> and the diagnostics
/// it must give (<c>expected.txt</c>, written by hand as the line and column of the offending value). Set
/// UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then read the diff.
/// </summary>
public sealed class WorkflowGoldenTests
{
    private const string WorkflowFile = "workflow.json";
    private const string ExpectedFile = "expected.txt";

    private static IEnumerable<string> Names =>
        Directory.GetDirectories(WorkflowFiles.GoldenRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> Cases => [.. Names];

    [Fact]
    public void There_are_enough_cases()
    {
        var expectations = Names.Select(n => Read(n, ExpectedFile)).ToList();
        Assert.True(expectations.Count(e => e.Length > 0) >= 15, "at least 15 invalid workflows");
        Assert.Contains(expectations, e => e.Length == 0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validates_as_expected(string name)
    {
        var result = new WorkflowValidator().Validate(WorkflowFile, Read(name, WorkflowFile));
        var actual = string.Join("\n", result.Diagnostics);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(WorkflowFiles.GoldenRoot, name, ExpectedFile), actual.Length == 0 ? "" : actual + "\n");
            return;
        }
        var expected = Read(name, ExpectedFile);
        Assert.True(expected == actual, $"{ExpectedFile} differs.\n--- expected\n{expected}\n--- actual\n{actual}\n---");
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles.Clean), MemberType = typeof(WorkflowFiles))]
    public void Elsa_exports_and_our_workflows_validate_without_errors_or_warnings(string name)
    {
        var result = new WorkflowValidator().Validate(name, File.ReadAllText(WorkflowFiles.PathOf(name)));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.DefinitionId);
    }

    [Fact]
    public void The_conformance_corpus_is_there()
    {
        Assert.True(WorkflowFiles.Conformance.Count() >= 7, $"expected the Elsa exports in {WorkflowFiles.ConformanceRoot}");
    }

    /// <summary>Line endings and a final newline do not count: git may change the first, editors add the second.</summary>
    private static string Read(string name, string file) =>
        File.ReadAllText(Path.Combine(WorkflowFiles.GoldenRoot, name, file)).Replace("\r\n", "\n").TrimEnd('\n');
}
