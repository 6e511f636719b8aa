using FormEngine.Forms.Compilation;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Tests.Definitions;

/// <summary>
/// The compiler never throws on an author's mistake. Every golden form is damaged one line at a time (the line
/// removed, or a field given every other type) and must still compile to a result.
/// </summary>
public sealed class CompilerRobustnessTests
{
    public static TheoryData<string> Cases => [.. GoldenCase.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_forms_give_diagnostics_not_exceptions(string name)
    {
        var lines = new GoldenCase(name).Yaml.Split('\n');
        foreach (var variant in Damaged(lines))
        {
            var exception = Record.Exception(() => new FormCompiler().Compile("form.yaml", variant));
            Assert.True(exception is null, $"{exception}\n--- form.yaml\n{variant}");
        }
    }

    private static IEnumerable<string> Damaged(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var skip = i;
            yield return string.Join('\n', lines.Where((_, j) => j != skip));
            var line = lines[i];
            var type = line.IndexOf("type: ", StringComparison.Ordinal);
            if (type < 0 || line[..type].Trim().Length > 0) continue;
            foreach (var other in FieldTypeRegistry.Default.Names)
                yield return string.Join('\n', lines.Select((l, j) => j == skip ? line[..(type + 6)] + other : l));
        }
    }
}
