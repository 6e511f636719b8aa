using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows;

/// <summary>
/// Workflows exported by Elsa 3 itself, with the lines Elsa's own tests expect (shared/elsa-conformance/README.md).
/// The corpus lives beside the repository (../shared), as on CI.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly string Corpus = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "elsa-conformance"));

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "join-any-1.json", ["Start", "End"] },
        { "join-all-1.json", ["Start", "Line 1", "Line 2", "End"] },
        { "join-all-2.json", ["Start", "Line 1", "Line 2", "End"] },
        { "writeline.json", ["Dummy Text"] },
        { "implicit-loop.json", ["Do something", "Retry", "Do something", "Done"] },
        { "workflow1.json", ["WriteLine1", "WriteLine2", "WriteLine3"] },
        { "workflow2.json", ["WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine5", "WriteLine6", "WriteLine7", "WriteLine8", "WriteLine9"] },
    };

    [Fact]
    public void The_corpus_is_there() => Assert.True(Directory.Exists(Corpus), $"Elsa conformance corpus not found at {Corpus}");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Runs_as_Elsa_does(string file, string[] expected)
    {
        var host = new WorkflowTestHost();

        var result = await host.Runtime.StartAsync(WorkflowTestHost.ReadFile(Path.Combine(Corpus, file)));

        Assert.Equal(expected, host.Output.Lines);
        Assert.Equal(WorkflowSubStatus.Finished, result.SubStatus);
    }
}
