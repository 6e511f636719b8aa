using System.Text.Json.Nodes;
using FormEngine.Schema;

namespace FormEngine.Tests.Schema;

public sealed class ExactNumberTests
{
    [Theory]
    [InlineData("2.5", 2.5, 0)]
    [InlineData("2.50", 2.5, 0)]
    [InlineData("25e-1", 2.5, 0)]
    [InlineData("0.025E2", 2.5, 0)]
    [InlineData("2.5000000000000000000000000000001", 2.5, 1)]
    [InlineData("2.4999999999999999999999999999999", 2.5, -1)]
    [InlineData("1e30", 1000, 1)]
    [InlineData("-1e30", -1000, -1)]
    [InlineData("1e400", 0, 1)]
    [InlineData("-1e400", 0, -1)]
    [InlineData("1e-400", 0, 1)]
    [InlineData("-1e-400", 0, -1)]
    [InlineData("-0", 0, 0)]
    [InlineData("-0.0e5", 0, 0)]
    [InlineData("0.000000000000000000000000000000001", 0.0000000000000000000000000001, -1)]
    [InlineData("1e99999999999999999999", 1, 1)]
    [InlineData("1e-99999999999999999999", 0, 1)]
    [InlineData("12345678901234567890123456789012345", 7922816251426433759354395033.5, 1)]
    [InlineData("-3", -2.5, -1)]
    public void Compares_by_mathematical_value(string json, decimal limit, int expected) =>
        Assert.Equal(expected, ExactNumber.Compare(JsonNode.Parse(json)!, limit));

    [Theory]
    [InlineData("2", true)]
    [InlineData("2.0", true)]
    [InlineData("2e0", true)]
    [InlineData("25e-1", false)]
    [InlineData("1e400", true)]
    [InlineData("1e-400", false)]
    [InlineData("1.0000000000000001", false)]
    [InlineData("100000000000000000000000000000.5", false)]
    [InlineData("-0", true)]
    public void Knows_integers_by_value(string json, bool integer) =>
        Assert.Equal(integer, ExactNumber.IsInteger(JsonNode.Parse(json)!));

    [Fact]
    public void Numbers_created_in_code_compare_too()
    {
        Assert.Equal(0, ExactNumber.Compare(JsonValue.Create(2.5m), 2.5m));
        Assert.Equal(1, ExactNumber.Compare(JsonValue.Create(3L), 2.5m));
        Assert.Equal(-1, ExactNumber.Compare(JsonValue.Create(2), 2.5m));
        Assert.Equal(1, ExactNumber.Compare(JsonValue.Create(1e30), 2.5m));
        Assert.True(ExactNumber.IsInteger(JsonValue.Create(1e30)));
    }

    [Theory]
    [InlineData("0.1234567890123456789012345", true)]
    [InlineData("2.5000000000000000000000000000001", false)]
    [InlineData("1e2", false)]
    public void Takes_the_decimal_fast_path_only_when_it_is_exact(string json, bool fast) =>
        Assert.Equal(fast, ExactNumber.TryGetExactDecimal(JsonNode.Parse(json)!, out _));
}
