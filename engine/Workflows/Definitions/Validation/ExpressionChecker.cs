using System.Text.Json;
using System.Text.Json.Nodes;
using Acornima;
using FormEngine.Diagnostics;
using FormEngine.Workflows.Expressions;
using Jint;
using Scriban;
using ParserMessageType = Scriban.Parsing.ParserMessageType;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// One expression <c>{type, value}</c>: a type we evaluate (FE2008), JavaScript that Jint can parse (FE2009),
/// Liquid that parses (FE2010), and only declared variables (FE2011). Problems inside a script are reported at
/// the character where they are, counted through the JSON string's escapes.
/// </summary>
internal sealed class ExpressionChecker(ValidationContext context)
{
    public static readonly IReadOnlyList<string> Supported =
    [
        ExpressionTypes.Literal, ExpressionTypes.Object, ExpressionTypes.Variable,
        ExpressionTypes.Input, ExpressionTypes.JavaScript, ExpressionTypes.Liquid,
    ];

    /// <summary>A bare <c>{type, value}</c> (a switch case's condition) rather than an input's <c>{typeName, expression}</c>.</summary>
    public static bool IsBareExpression(JsonObject o) =>
        JsonRead.String(o["type"]) is { } type && (Supported.Contains(type) || ExpressionTypes.Rejected.Contains(type))
        && o.ContainsKey("value") && !o.ContainsKey("id");

    public void Check(JsonObject expression, string pointer, VariableScope scope)
    {
        var type = JsonRead.String(expression["type"]);
        var valuePointer = pointer + "/value";
        var text = JsonRead.String(expression["value"]);
        switch (type)
        {
            case null:
                context.Report(DiagnosticCodes.UnsupportedExpressionType, context.At(pointer + "/type"),
                    $"An expression needs a 'type': {string.Join(", ", Supported)}.");
                break;
            case ExpressionTypes.Literal or ExpressionTypes.Object or ExpressionTypes.Input:
                break;
            case ExpressionTypes.Variable:
                CheckVariableReference(expression["value"], valuePointer, scope);
                break;
            case ExpressionTypes.JavaScript when text is not null:
                CheckJavaScript(text, valuePointer, scope);
                break;
            case ExpressionTypes.Liquid when text is not null:
                CheckLiquid(text, valuePointer, scope);
                break;
            case ExpressionTypes.JavaScript or ExpressionTypes.Liquid:
                break;
            default:
                var suggestion = DidYouMean.Suggest(type, Supported);
                context.Report(DiagnosticCodes.UnsupportedExpressionType, context.At(pointer + "/type"),
                    ExpressionTypes.Rejected.Contains(type)
                        ? $"{type} expressions are not supported: use {ExpressionTypes.JavaScript} or {ExpressionTypes.Liquid}."
                        : $"Unknown expression type '{type}'.{(suggestion.Length > 0 ? suggestion : $" Use one of {string.Join(", ", Supported)}.")}");
                break;
        }
    }

    /// <summary>A variable named by a Variable expression or <c>Elsa.SetVariable</c>'s input: a name, an id, or <c>{id, name}</c> (perhaps as a JSON string).</summary>
    public void CheckVariableReference(JsonNode? reference, string pointer, VariableScope scope)
    {
        var node = reference;
        if (JsonRead.String(node) is { } text && text.TrimStart().StartsWith('{'))
        {
            try
            {
                node = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not an object after all: the whole text is the name.
            }
        }
        string? name, id, at = pointer;
        if (node is JsonObject obj)
        {
            if (obj.ContainsKey("expression")) return; // an expression the scan checks on its own
            name = JsonRead.String(obj["name"]);
            id = JsonRead.String(obj["id"]);
            if (reference is JsonObject) at = name is not null ? pointer + "/name" : pointer + "/id";
        }
        else
        {
            name = JsonRead.String(node);
            id = null;
        }
        if (name is null && id is null) return;
        if ((name is not null && scope.HasNameOrId(name)) || (id is not null && scope.HasNameOrId(id))) return;
        ReportUndeclared(name ?? id!, context.At(at), scope);
    }

    private void CheckJavaScript(string script, string pointer, VariableScope scope)
    {
        Acornima.Ast.Program program;
        try
        {
            // Jint's own preparation, so that what passes here also parses when the workflow runs.
            program = Engine.PrepareScript(script).Program!;
        }
        catch (Exception e) when (e is ParseErrorException || e.InnerException is ParseErrorException)
        {
            var error = (e as ParseErrorException ?? (ParseErrorException)e.InnerException!).Error;
            context.Report(DiagnosticCodes.JavaScriptSyntax, context.InString(pointer, error?.Index ?? 0),
                $"JavaScript syntax error: {(error?.Description ?? e.Message).TrimEnd('.')}.");
            return;
        }
        catch (Exception e)
        {
            context.Report(DiagnosticCodes.JavaScriptSyntax, context.At(pointer), $"JavaScript cannot be prepared: {e.Message}");
            return;
        }
        foreach (var (name, index) in ScriptVariables.InJavaScript(program))
            if (!scope.HasName(name)) ReportUndeclared(name, context.InString(pointer, index), scope);
    }

    private void CheckLiquid(string text, string pointer, VariableScope scope)
    {
        var template = Template.ParseLiquid(text);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                var offset = message.Span.Start.Offset is >= 0 and var o ? Math.Min(o, text.Length) : text.Length;
                context.Report(DiagnosticCodes.LiquidSyntax, context.InString(pointer, offset), $"Liquid syntax error: {message.Message}");
            }
            return;
        }
        foreach (var (name, index) in ScriptVariables.InLiquid(text))
            if (!scope.HasName(name)) ReportUndeclared(name, context.InString(pointer, index), scope);
    }

    private void ReportUndeclared(string name, SourceSpan at, VariableScope scope) =>
        context.Report(DiagnosticCodes.UndeclaredVariable, at, $"Variable '{name}' is not declared.{DidYouMean.Suggest(name, scope.Names)}");
}
