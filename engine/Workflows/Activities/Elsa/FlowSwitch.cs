using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>
/// Goes the way of the first matching case (MatchFirst) or of every matching case (MatchAny); Default when
/// none matches. A case is <c>{label, condition: {type, value}}</c>; a bare string condition is JavaScript.
/// </summary>
[Activity("Elsa.FlowSwitch", Pure = true, Category = "Branching", Description = "Continues on the case(s) whose condition holds.")]
[Outcomes(Default, FromInput = "cases")]
public sealed class FlowSwitch : IActivity
{
    public const string Default = "Default";

    [Input(Description = "The cases: [{label, condition}].", LiteralOnly = true)]
    public JsonNode? Cases { get; set; }

    [Input(Description = "MatchFirst or MatchAny.")]
    public SwitchMode Mode { get; set; } = SwitchMode.MatchFirst;

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var matched = new List<string>();
        foreach (var item in Cases as JsonArray ?? [])
        {
            if (item is not JsonObject @case || @case["label"]?.ToString() is not { Length: > 0 } label) continue;
            if (!InputConverter.Bool(await ConditionOf(@case["condition"], context))) continue;
            matched.Add(label);
            if (Mode == SwitchMode.MatchFirst) break;
        }
        return ActivityResult.Outcome(matched.Count == 0 ? [Default] : [.. matched]);
    }

    private static async ValueTask<JsonNode?> ConditionOf(JsonNode? condition, ActivityContext context) => condition switch
    {
        JsonObject expression => await context.EvaluateAsync(expression),
        JsonValue text when text.GetValueKind() == JsonValueKind.String =>
            await context.EvaluateAsync(new JsonObject { ["type"] = "JavaScript", ["value"] = text.GetValue<string>() }),
        _ => condition,
    };
}

public enum SwitchMode
{
    MatchFirst,
    MatchAny,
}
