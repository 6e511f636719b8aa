using FormEngine.Definitions.Loading;

namespace FormEngine.Tests.Examples;

/// <summary>
/// Every form in definitions/ (and the README tutorial's, in docs/tutorial/) compiles without errors or
/// warnings, and every example submission beside it holds.
/// </summary>
public class DefinitionExamplesTests
{
    private static string Definitions => Path.Combine(RepositoryRoot.Path, "definitions");

    public static TheoryData<string> Forms()
    {
        var data = new TheoryData<string>();
        foreach (var folder in (string[])["definitions", "docs/tutorial"])
            foreach (var form in DefinitionFiles.FindForms(Path.Combine(RepositoryRoot.Path, folder)))
                data.Add(Path.GetRelativePath(RepositoryRoot.Path, form));
        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_compiles_cleanly_and_its_examples_hold(string form)
    {
        var loaded = new FormLoader().Load(Path.Combine(RepositoryRoot.Path, form));
        Assert.NotNull(loaded.Form);
        Assert.True(loaded.Diagnostics.Count == 0, string.Join("\n", loaded.Diagnostics));
        Assert.True(loaded.ExampleCount >= 2, $"{form} needs example submissions (valid and invalid) beside it.");
    }

    [Fact]
    public void The_definitions_have_examples_to_run()
    {
        var examples = DefinitionFiles.FindForms(Definitions).Sum(f => DefinitionFiles.ExamplesOf(f).Count);
        Assert.True(examples > 0, "No example submissions were found under definitions/.");
    }
}
