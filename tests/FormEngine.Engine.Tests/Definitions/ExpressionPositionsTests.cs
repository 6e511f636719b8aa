using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Tests.Definitions;

/// <summary>YAML folds and unindents expressions written over several lines; positions must still point into the file.</summary>
public sealed class ExpressionPositionsTests
{
    private static ExpressionText Expression(string yaml)
    {
        var root = (YamlMapping)YamlTreeReader.Read("form.yaml", yaml, new DiagnosticBag())!;
        return ExpressionReader.From((YamlScalar)root.Find("rule")!.Value);
    }

    private static SourceSpan At(int line, int column) => new("form.yaml", line, column);

    [Fact]
    public void A_single_line_expression_needs_no_map()
    {
        var text = Expression("rule: a == 1\n");
        Assert.Null(text.Positions);
        Assert.Equal(At(1, 12), text.At(5));
    }

    [Theory]
    [InlineData("rule: >\n  a == 1\n    and bb\n")]   // folded
    [InlineData("rule: |\n  a == 1\n    and bb\n")]   // literal, with a deeper second line
    [InlineData("rule: a == 1\n    and bb\n")]        // plain, continued
    public void A_character_on_a_later_line_is_found_where_it_is_written(string yaml)
    {
        var text = Expression(yaml);
        Assert.Equal(At(yaml.StartsWith("rule: a") ? 2 : 3, 9), text.At(text.Text.IndexOf("bb", StringComparison.Ordinal)));
    }

    [Fact]
    public void Blanks_and_the_end_sit_just_after_the_character_before()
    {
        var text = Expression("rule: >\n  a ==\n  1\n");
        Assert.Equal(At(2, 7), text.At(text.Text.IndexOf(' ', 2)));
        Assert.Equal(At(3, 4), text.At(text.Text.Length));
    }
}
