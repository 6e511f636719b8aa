using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Scriban;
using Scriban.Runtime;

namespace FormEngine.Workflows.Expressions;

/// <summary>
/// Elsa's Liquid expressions (<c>{{ Variables.X }}</c>, <c>{{ Input.X }}</c>), parsed by Scriban's Liquid
/// front end. The model is converted to Scriban objects first: Scriban renders a JsonNode wrongly without error.
/// The result is text; callers that land it in HTML escape it there.
/// </summary>
internal sealed class LiquidEvaluator
{
    public JsonNode? Render(string text, IExpressionScope scope)
    {
        var template = Template.ParseLiquid(text);
        if (template.HasErrors)
            throw new ExpressionException(ExpressionException.Failed, $"Liquid expression has errors: {string.Join("; ", template.Messages)}");
        var model = new ScriptObject
        {
            ["Variables"] = ToScript(ObjectOf(scope.VariableNames, scope.GetVariable)),
            ["Input"] = ToScript(ObjectOf(scope.InputNames, scope.GetInput)),
            ["CorrelationId"] = scope.CorrelationId,
            ["WorkflowInstanceId"] = scope.WorkflowInstanceId,
        };
        var context = new LiquidTemplateContext { LoopLimit = 1000, RecursiveLimit = 64, StrictVariables = false };
        context.PushGlobal(model);
        try
        {
            return JsonValue.Create(template.Render(context));
        }
        catch (Exception e)
        {
            throw new ExpressionException(ExpressionException.Failed, $"Liquid expression failed: {e.Message}", e);
        }
    }

    private static JsonObject ObjectOf(IEnumerable<string> names, Func<string, JsonNode?> read)
    {
        var obj = new JsonObject();
        foreach (var name in names) obj[name] = read(name)?.DeepClone();
        return obj;
    }

    private static object? ToScript(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => ToScriptObject(obj),
        JsonArray array => ToScriptArray(array),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) ? whole : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => node.ToJsonString(),
    };

    private static ScriptObject ToScriptObject(JsonObject obj)
    {
        var script = new ScriptObject();
        foreach (var (key, value) in obj) script[key] = ToScript(value);
        return script;
    }

    private static ScriptArray ToScriptArray(JsonArray array)
    {
        var script = new ScriptArray();
        foreach (var item in array) script.Add(ToScript(item));
        return script;
    }
}
