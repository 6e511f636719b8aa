using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>Declared variables (<c>{id, name, typeName, isArray, value}</c>): each needs a name and a type Elsa knows.</summary>
internal static class VariableChecks
{
    /// <summary>Elsa's type aliases (<c>?</c> marks nullable); a dotted CLR type name is accepted as Elsa resolves it too.</summary>
    public static readonly IReadOnlyList<string> TypeAliases =
        ["String", "Int32", "Int64", "Boolean", "Decimal", "Double", "Single", "Object", "JSON", "DateTime", "DateTimeOffset", "TimeSpan", "Guid"];

    public static void Declare(JsonNode? list, string pointer, VariableScope scope, ValidationContext context)
    {
        if (list is null) return;
        if (list is not JsonArray items)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(pointer), "'variables' must be a list.");
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var at = ValidationContext.Child(pointer, i);
            if (items[i] is not JsonObject variable || JsonRead.String(variable["name"]) is not { Length: > 0 } name)
            {
                context.Report(DiagnosticCodes.NotAWorkflow, context.At(items[i] is JsonObject ? at + "/name" : at), "A variable needs a 'name'.");
                continue;
            }
            scope.Declare(name, JsonRead.String(variable["id"]));
            CheckTypeName(variable["typeName"], at + "/typeName", context);
        }
    }

    private static void CheckTypeName(JsonNode? typeName, string pointer, ValidationContext context)
    {
        if (typeName is null) return; // Elsa defaults to Object
        var given = typeName is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : typeName.ToJsonString();
        var bare = given.TrimEnd('?');
        if (TypeAliases.Contains(bare, StringComparer.Ordinal) || bare.Contains('.')) return;
        context.Report(DiagnosticCodes.UnknownVariableType, context.At(pointer),
            $"Unknown variable type '{given}'.{DidYouMean.Suggest(bare, TypeAliases)}");
    }
}
