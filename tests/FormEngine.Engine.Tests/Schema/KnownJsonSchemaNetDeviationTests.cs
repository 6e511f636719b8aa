using System.Text.Json;
using FormEngine.Schema;
using Json.Schema;

namespace FormEngine.Tests.Schema;

/// <summary>
/// Where JsonSchema.Net 8.0.5 departs from JSON Schema 2020-12 and we do not, so the agreement generator steers
/// around these inputs. Each test pins both sides: if JsonSchema.Net is fixed, the test says the generator
/// may widen again.
/// </summary>
public sealed class KnownJsonSchemaNetDeviationTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    [Fact]
    public void JsonSchema_Net_decides_integer_with_double_precision()
    {
        var schema = JsonSchema.FromText("""{"type":"integer"}""", new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse("1.0000000000000001");

        Assert.True(schema.Evaluate(document.RootElement, Options).IsValid);
        Assert.Single(NativeValidator.Validate(new SchemaNode { Type = SchemaType.Integer }, System.Text.Json.Nodes.JsonNode.Parse("1.0000000000000001")));
    }

    [Theory]
    [InlineData("""{"const":5}""", "1e30")]
    [InlineData("""{"enum":[5, 7]}""", "-1e400")]
    [InlineData("""{"uniqueItems":true}""", "[1e30, 1]")]
    public void JsonSchema_Net_throws_on_numbers_beyond_decimal_in_const_enum_and_uniqueItems(string schemaText, string instance)
    {
        var schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(instance);

        Assert.Throws<FormatException>(() => schema.Evaluate(document.RootElement, Options));
    }

    [Fact]
    public void Our_condition_compares_numbers_beyond_decimal_without_throwing()
    {
        var condition = new SchemaCondition.Is(["age"], 5m);

        Assert.False(ConditionEvaluator.Holds(condition, (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse("""{"age":1e30}""")!));
        Assert.True(ConditionEvaluator.Holds(condition, (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse("""{"age":5.0e0}""")!));
    }
}
