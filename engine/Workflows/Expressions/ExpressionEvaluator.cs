using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Workflows.Expressions;

/// <summary>
/// Evaluates an input's expression to JSON: Literal and Object as written, Variable and Input by name,
/// JavaScript with Jint, Liquid with Scriban. CSharp and Python are refused (the validator warns earlier).
/// Stateless and thread-safe: one instance serves the whole runtime.
/// </summary>
public sealed class ExpressionEvaluator(ExpressionLimits? limits = null)
{
    private readonly JavaScriptEvaluator _javaScript = new(limits ?? ExpressionLimits.Default);
    private readonly LiquidEvaluator _liquid = new();

    public JsonNode? Evaluate(InputValue input, IExpressionScope scope) => Evaluate(input.ExpressionType, input.Value, scope);

    /// <summary>An expression object <c>{type, value}</c> as found inside an input (a switch case's condition).</summary>
    public JsonNode? Evaluate(JsonObject expression, IExpressionScope scope) =>
        Evaluate(expression["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String ? type.GetValue<string>() : ExpressionTypes.Literal,
            expression["value"], scope);

    public JsonNode? Evaluate(string type, JsonNode? value, IExpressionScope scope)
    {
        if (ExpressionTypes.Rejected.Contains(type))
            throw new ExpressionException(ExpressionException.Unsupported, $"unsupported expression type '{type}': FormEngine evaluates Literal, Object, Variable, Input, JavaScript and Liquid.");
        return type switch
        {
            ExpressionTypes.Literal => value?.DeepClone(),
            ExpressionTypes.Object => ParseObject(value),
            ExpressionTypes.Variable => scope.GetVariable(VariableReference.NameOf(value, scope)),
            ExpressionTypes.Input => scope.GetInput(TextOf(value)),
            ExpressionTypes.JavaScript => _javaScript.Evaluate(TextOf(value), scope),
            ExpressionTypes.Liquid => _liquid.Render(TextOf(value), scope),
            _ => throw new ExpressionException(ExpressionException.Unsupported, $"unsupported expression type '{type}'."),
        };
    }

    private static JsonNode? ParseObject(JsonNode? value)
    {
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String) return value?.DeepClone();
        var json = text.GetValue<string>();
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ExpressionException(ExpressionException.Failed, $"an Object expression is not valid JSON: {e.Message}", e);
        }
    }

    private static string TextOf(JsonNode? value) => value switch
    {
        null => "",
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
