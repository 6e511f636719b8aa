using FormEngine.Definitions.Loading;

namespace FormEngine.Tests.Examples;

/// <summary>Every form in definitions/ compiles without errors and every example submission beside it holds.</summary>
public class DefinitionExamplesTests
{
    private static string Definitions => Path.Combine(RepositoryRoot.Path, "definitions");

    public static TheoryData<string> Forms()
    {
        var data = new TheoryData<string>();
        foreach (var form in DefinitionFiles.FindForms(Definitions)) data.Add(Path.GetRelativePath(Definitions, form));
        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_compiles_and_its_examples_hold(string form)
    {
        var loaded = new FormLoader().Load(Path.Combine(Definitions, form));
        Assert.NotNull(loaded.Form);
        Assert.True(loaded.ErrorCount == 0, string.Join("\n", loaded.Diagnostics.Where(d => d.IsError)));
    }

    [Fact]
    public void The_definitions_have_examples_to_run()
    {
        var examples = DefinitionFiles.FindForms(Definitions).Sum(f => DefinitionFiles.ExamplesOf(f).Count);
        Assert.True(examples > 0, "No example submissions were found under definitions/.");
    }
}
