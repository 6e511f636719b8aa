using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

public sealed class ExpressionJsonTests
{
    private static readonly TestSymbols Symbols = new TestSymbols(new DateOnly(2024, 6, 15))
        .Add("reason", ExprType.Text)
        .Add("name", ExprType.Text)
        .Add("valid_until", ExprType.Date)
        .Add("start", ExprType.Date)
        .Add("n", ExprType.Number)
        .Add("kinds", ExprType.ListOf(ExprType.Text))
        .Add("$resident.personnummer", ExprType.Text);

    private static string Json(string text)
    {
        var bag = new DiagnosticBag();
        var compiled = ExpressionCompiler.Compile(new ExpressionSource(text, SourceSpan.None), Symbols, null, bag);
        Assert.True(compiled is not null, string.Join("\n", bag.Items));
        return ExpressionJson.ToJson(compiled.Syntax);
    }

    [Theory]
    [InlineData("reason == 'renewal'", """{"op":"==","l":{"ref":"reason"},"r":{"lit":"renewal"}}""")]
    [InlineData("len(name) > 2", """{"op":">","l":{"call":"len","args":[{"ref":"name"}]},"r":{"lit":2}}""")]
    [InlineData("n in [1, 2.5, null]", """{"op":"in","l":{"ref":"n"},"r":{"list":[{"lit":1},{"lit":2.5},{"lit":null}]}}""")]
    [InlineData("not true or false", """{"op":"or","l":{"op":"not","e":{"lit":true}},"r":{"lit":false}}""")]
    [InlineData("-n", """{"op":"neg","e":{"ref":"n"}}""")]
    [InlineData("'x' not in kinds", """{"op":"not in","l":{"lit":"x"},"r":{"ref":"kinds"}}""")]
    [InlineData("age($resident.personnummer)", """{"call":"age","args":[{"ref":"$resident.personnummer"}]}""")]
    [InlineData("today()", """{"call":"today","args":[]}""")]
    public void Writes_the_documented_shape(string expression, string json) => AssertSameJson(json, Json(expression));

    [Theory]
    [InlineData("valid_until + 30", """{"call":"add_days","args":[{"ref":"valid_until"},{"lit":30}]}""")]
    [InlineData("30 + valid_until", """{"call":"add_days","args":[{"ref":"valid_until"},{"lit":30}]}""")]
    [InlineData("valid_until - n", """{"call":"add_days","args":[{"ref":"valid_until"},{"op":"neg","e":{"ref":"n"}}]}""")]
    [InlineData("valid_until - start", """{"call":"days_between","args":[{"ref":"start"},{"ref":"valid_until"}]}""")]
    public void Date_arithmetic_becomes_calls(string expression, string json) => AssertSameJson(json, Json(expression));

    [Fact]
    public void Output_is_compact_and_keeps_Swedish_letters()
    {
        Assert.Equal("""{"op":"==","l":{"ref":"reason"},"r":{"lit":"förnyelse"}}""", Json("reason == 'förnyelse'"));
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");

    [Fact]
    public void Text_is_escaped_safely_for_embedding_in_html()
    {
        var json = Json("reason == '</script>\"'");
        Assert.DoesNotContain("</script>", json);
        Assert.Equal("</script>\"", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("r").GetProperty("lit").GetString());
    }
}
