using FormEngine.Diagnostics;
using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

public sealed class CompiledExpressionTests
{
    private static readonly DateOnly Today = new(2024, 6, 15);

    private static CompiledExpression Compile(string text, TestSymbols symbols, ExprType? expected = null)
    {
        var bag = new DiagnosticBag();
        var compiled = ExpressionCompiler.Compile(new ExpressionSource(text, new SourceSpan("f.yaml", 1, 1)), symbols, expected, bag);
        Assert.True(compiled is not null, string.Join("\n", bag.Items));
        return compiled;
    }

    [Fact]
    public void A_multiple_choice_reference_evaluates_as_a_list()
    {
        var symbols = new TestSymbols(Today)
            .Add("product_kinds", ExprType.ListOf(ExprType.Text), new object?[] { "stoma", "diabetes" });
        var compiled = Compile("'stoma' in product_kinds and count(product_kinds) == 2", symbols, ExprType.Boolean);

        Assert.True(compiled.EvaluateCondition(symbols));
    }

    [Fact]
    public void Host_lists_of_other_element_types_are_accepted()
    {
        var symbols = new TestSymbols(Today)
            .Add("kinds", ExprType.ListOf(ExprType.Text), new List<string> { "stoma" })
            .Add("counts", ExprType.ListOf(ExprType.Number), new List<decimal> { 1m, 2m })
            .Add("ints", ExprType.ListOf(ExprType.Number), new[] { 3, 4 });

        Assert.True(Compile("'stoma' in kinds", symbols).EvaluateCondition(symbols));
        Assert.Equal(3m, Compile("sum(counts)", symbols).Evaluate(symbols));
        Assert.Equal(7m, Compile("sum(ints)", symbols).Evaluate(symbols));
    }

    [Fact]
    public void References_are_distinct_symbols()
    {
        var symbols = new TestSymbols(Today).Add("a", ExprType.Number, 1m).Add("b", ExprType.Number, 2m);
        var compiled = Compile("a + a * b > a", symbols);

        Assert.Equal(["a", "b"], compiled.References.Select(s => s.Id).Order());
        Assert.False(compiled.IsConstant);
    }

    [Fact]
    public void Constant_expressions_are_folded()
    {
        var compiled = Compile("1 + 2 > 2 and 'a' in ['a', 'b']", new TestSymbols(Today));

        Assert.True(compiled.IsConstant);
        Assert.Equal(true, compiled.ConstantValue);
        Assert.Empty(compiled.References);
    }

    [Fact]
    public void Today_is_never_constant_even_without_references()
    {
        var compiled = Compile("today() > date('2020-01-01')", new TestSymbols(Today));

        Assert.False(compiled.IsConstant);
        Assert.True(compiled.EvaluateCondition(new TestSymbols(Today)));
        Assert.False(compiled.EvaluateCondition(new TestSymbols(new DateOnly(2019, 1, 1))));
    }

    [Fact]
    public void Non_boolean_results_are_not_true_conditions()
    {
        var symbols = new TestSymbols(Today).Add("n", ExprType.Any, 1m);
        Assert.False(Compile("n", symbols, ExprType.Boolean).EvaluateCondition(symbols));
    }

    [Fact]
    public void A_runaway_pattern_times_out_as_false()
    {
        var symbols = new TestSymbols(Today).Add("t", ExprType.Text, new string('a', 40) + "!");
        var compiled = Compile("matches(t, '^(a+)+$')", symbols);

        Assert.False(compiled.EvaluateCondition(symbols));
    }

    [Fact]
    public void The_syntax_tree_is_typed_and_positioned()
    {
        var symbols = new TestSymbols(Today).Add("reason", ExprType.Text);
        var compiled = Compile("reason == 'renewal'", symbols);

        var binary = Assert.IsType<Binary>(compiled.Syntax);
        Assert.Equal(BinaryOp.Equal, binary.Op);
        Assert.Equal(ExprType.Boolean, binary.Type);
        Assert.Equal(7, binary.OperatorOffset);
        Assert.Equal("reason", Assert.IsType<Reference>(binary.Left).Symbol.Id);
        Assert.Equal(10, Assert.IsType<Literal>(binary.Right).Offset);
    }

    [Fact]
    public void Errors_in_one_expression_do_not_stop_the_next()
    {
        var symbols = new TestSymbols(Today).Add("a", ExprType.Number, 1m);
        var bag = new DiagnosticBag();
        var start = new SourceSpan("f.yaml", 1, 1);

        Assert.Null(ExpressionCompiler.Compile(new ExpressionSource("a ==", start), symbols, null, bag));
        Assert.NotNull(ExpressionCompiler.Compile(new ExpressionSource("a == 1", start), symbols, null, bag));
        Assert.Single(bag.Items);
    }
}
