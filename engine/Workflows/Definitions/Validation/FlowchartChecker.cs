using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// Checks one <c>Elsa.Flowchart</c> (the root, or one nested as an activity or a <c>body</c>): its activities,
/// their inputs and expressions, its connections and its start.
/// </summary>
internal sealed class FlowchartChecker(ValidationContext context)
{
    /// <summary>Activity properties that are not inputs (older exports also write <c>source</c> and <c>line</c>).</summary>
    private static readonly HashSet<string> Envelope = new(StringComparer.Ordinal)
        { "id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "source", "line" };

    private readonly ExpressionChecker _expressions = new(context);

    public void Check(JsonObject flowchart, string pointer, VariableScope outer)
    {
        var scope = new VariableScope(outer);
        VariableChecks.Declare(flowchart["variables"], pointer + "/variables", scope, context);
        var activities = CheckActivities(flowchart, pointer, scope);
        var edges = ConnectionChecks.Check(flowchart, pointer, activities, context);
        StartChecks.Check(flowchart, pointer, activities, edges, context);
    }

    private List<ActivityEntry> CheckActivities(JsonObject flowchart, string pointer, VariableScope scope)
    {
        var entries = new List<ActivityEntry>();
        if (!flowchart.ContainsKey("activities")) return entries;
        var at = pointer + "/activities";
        if (flowchart["activities"] is not JsonArray items)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(at), "'activities' must be a list.");
            return entries;
        }
        for (var i = 0; i < items.Count; i++)
            if (CheckActivity(items[i], ValidationContext.Child(at, i), scope) is { } entry) entries.Add(entry);
        return entries;
    }

    /// <returns>The activity, or null when it has no id (nothing can connect to it then).</returns>
    public ActivityEntry? CheckActivity(JsonNode? node, string pointer, VariableScope scope)
    {
        if (node is not JsonObject activity)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(pointer), "An activity must be an object.");
            return null;
        }
        var id = JsonRead.String(activity["id"]);
        var type = JsonRead.String(activity["type"]);
        if (string.IsNullOrEmpty(id))
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(pointer + "/id"), "An activity needs an 'id'.");
        else if (context.ActivityIds.TryGetValue(id, out var first))
            context.Report(DiagnosticCodes.DuplicateActivityId, context.At(pointer + "/id"),
                $"Activity id '{id}' is already used by the activity at line {context.LineOf(first)}.");
        else
            context.ActivityIds[id] = pointer + "/id";
        if (string.IsNullOrEmpty(type))
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(pointer + "/type"), "An activity needs a 'type'.");
            return string.IsNullOrEmpty(id) ? null : new ActivityEntry(id, "", pointer, activity, null);
        }

        var info = context.Catalog.Find(type);
        if (type == FlowchartReader.FlowchartType) Check(activity, pointer, scope);
        else
        {
            if (info is null)
                context.Warn(DiagnosticCodes.UnknownActivityType, context.At(pointer + "/type"),
                    $"Unknown activity type '{type}'; it is kept and written back unchanged, but cannot run.{DidYouMean.Suggest(type, context.Catalog.Types)}");
            CheckInputs(activity, pointer, type, info, scope);
        }
        return string.IsNullOrEmpty(id) ? null : new ActivityEntry(id, type, pointer, activity, info);
    }

    private void CheckInputs(JsonObject activity, string pointer, string type, ActivityTypeInfo? info, VariableScope scope)
    {
        foreach (var (name, value) in activity)
        {
            if (Envelope.Contains(name)) continue;
            var at = ValidationContext.Child(pointer, name);
            // A nested activity (a composite's body) is a child, not an input: Elsa keeps it whatever the type says.
            if (info is not null && !info.Properties.Contains(name, StringComparer.Ordinal) && !(value is JsonObject child && IsNestedActivity(child)))
                context.Warn(DiagnosticCodes.UnknownActivityInput, context.AtName(at),
                    $"Unknown input '{name}' on {type}.{DidYouMean.Suggest(name, info.Properties)}");
            Scan(value, at, scope);
        }
        if (type == "Elsa.SetVariable") _expressions.CheckVariableReference(activity["variable"], pointer + "/variable", scope);
    }

    /// <summary>Finds the expressions and nested activities inside an input's value.</summary>
    private void Scan(JsonNode? node, string pointer, VariableScope scope)
    {
        switch (node)
        {
            case JsonObject o when o["expression"] is JsonObject expression:
                _expressions.Check(expression, pointer + "/expression", scope);
                break;
            case JsonObject o when IsNestedActivity(o):
                CheckActivity(o, pointer, scope);
                break;
            case JsonObject o when ExpressionChecker.IsBareExpression(o):
                _expressions.Check(o, pointer, scope);
                break;
            case JsonObject o:
                foreach (var (name, value) in o) Scan(value, ValidationContext.Child(pointer, name), scope);
                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++) Scan(items[i], ValidationContext.Child(pointer, i), scope);
                break;
        }
    }

    /// <summary>An activity inside an input, e.g. a flowchart as another activity's <c>body</c>.</summary>
    private static bool IsNestedActivity(JsonObject o) =>
        JsonRead.String(o["type"]) is { } type && type.Contains('.')
        && (JsonRead.String(o["id"]) is not null || o["activities"] is JsonArray);
}
