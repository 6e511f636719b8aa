using FormEngine.Diagnostics;
using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

/// <summary>Runs every case in cases/*.json: the shared, language-level contract of the expression language.</summary>
public sealed class ExpressionCaseTests
{
    public static TheoryData<string> Cases => [.. ExpressionCase.Keys];

    [Fact]
    public void The_case_files_hold_enough_cases() => Assert.True(ExpressionCase.Keys.Count() >= 120);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string key)
    {
        var (file, c) = ExpressionCase.Get(key);
        var symbols = c.BuildSymbols(file);
        var diagnostics = new DiagnosticBag();
        var expected = c.Expect is null ? null : TestTypes.Parse(c.Expect);

        var compiled = ExpressionCompiler.Compile(
            new ExpressionSource(c.Expression, new SourceSpan("case.yaml", 1, 1)), symbols, expected, diagnostics);

        if (c.Diagnostics is { } wanted)
        {
            var actual = diagnostics.Sorted();
            var shown = string.Join("\n", actual);
            Assert.True(wanted.Count == actual.Count, $"Expected {wanted.Count} diagnostics, got:\n{shown}");
            foreach (var (want, got) in wanted.Zip(actual))
            {
                Assert.True(want.Code == got.Code.Id && want.Column == got.Span.Column && (want.Line ?? 1) == got.Span.Line,
                    $"Expected {want.Code} at ({want.Line ?? 1},{want.Column}), got:\n{shown}");
                if (want.MessageContains is { } part) Assert.Contains(part, got.Message);
            }
            if (diagnostics.HasErrors) Assert.Null(compiled);
            return;
        }

        Assert.True(compiled is not null, $"Did not compile:\n{string.Join("\n", diagnostics.Items)}");
        Assert.Empty(diagnostics.Items);
        if (c.Type is { } type) Assert.Equal(TestTypes.Parse(type), compiled.Type);
        if (c.Constant is { } constant) Assert.Equal(constant, compiled.IsConstant);
        var result = compiled.Evaluate(symbols);
        Assert.True(TestTypes.Matches(result, c.Result), $"Expected {c.Result.GetRawText()}, got {TestTypes.Show(result)}");
        if (compiled.IsConstant) Assert.True(TestTypes.Matches(compiled.ConstantValue, c.Result));
    }
}
