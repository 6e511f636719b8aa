using FormEngine.Diagnostics;
using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

public sealed class ExpressionSourceTests
{
    private static readonly SourceSpan Start = new("form.yaml", 12, 18);

    [Fact]
    public void Offsets_on_the_first_line_shift_from_the_start()
    {
        var source = new ExpressionSource("a == 1", Start);
        Assert.Equal(new SourceSpan("form.yaml", 12, 18), source.At(0));
        Assert.Equal(new SourceSpan("form.yaml", 12, 23), source.At(5));
    }

    [Fact]
    public void Offsets_on_later_lines_count_lines_and_restart_columns()
    {
        var source = new ExpressionSource("a == 1\n  and\n    b", Start);
        Assert.Equal(new SourceSpan("form.yaml", 13, 1), source.At(7));
        Assert.Equal(new SourceSpan("form.yaml", 13, 3), source.At(9));
        Assert.Equal(new SourceSpan("form.yaml", 14, 5), source.At(17));
    }

    [Fact]
    public void The_newline_itself_belongs_to_its_line()
    {
        var source = new ExpressionSource("ab\ncd", Start);
        Assert.Equal(new SourceSpan("form.yaml", 12, 20), source.At(2));
        Assert.Equal(new SourceSpan("form.yaml", 13, 1), source.At(3));
    }

    [Fact]
    public void Windows_line_endings_count_once()
    {
        var source = new ExpressionSource("a\r\nb", Start);
        Assert.Equal(new SourceSpan("form.yaml", 13, 1), source.At(3));
    }

    [Fact]
    public void A_diagnostic_on_a_later_line_points_into_the_file()
    {
        var symbols = new TestSymbols(new DateOnly(2024, 6, 15)).Add("reason", ExprType.Text);
        var bag = new DiagnosticBag();
        var compiled = ExpressionCompiler.Compile(
            new ExpressionSource("reason == 'x'\n  and age(resaon) > 1", Start), symbols, ExprType.Boolean, bag);

        Assert.Null(compiled);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal("form.yaml(13,11): error FE1021: Unknown field 'resaon'. Did you mean 'reason'?", diagnostic.ToString());
    }
}
