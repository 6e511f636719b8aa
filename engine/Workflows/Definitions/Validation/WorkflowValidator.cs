using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// Checks an Elsa 3 workflow definition file and reports every problem at once, each at the line and column of
/// the offending JSON value (FE2001-FE2013, docs/diagnostics.md). Never throws on an author's mistake.
/// Unknown activity types are warnings: they are kept and written back unchanged.
/// </summary>
public sealed class WorkflowValidator(IActivityCatalog? catalog = null)
{
    /// <summary>As lenient as <see cref="WorkflowDefinitionReader"/>, so that what loads also validates.</summary>
    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly IActivityCatalog _catalog = catalog ?? RegistryActivityCatalog.Default;

    public WorkflowValidation Validate(string file, string json)
    {
        var diagnostics = new DiagnosticBag();
        var text = json.Length > 0 && json[0] == '\uFEFF' ? json[1..] : json;
        var positions = JsonPositions.Build(text);
        var context = new ValidationContext(file, positions, diagnostics, _catalog);
        if (Parse(file, text, positions, context) is not { } document)
            return new WorkflowValidation(null, null, diagnostics.Sorted());
        if (document is not JsonObject top)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(""), "A workflow definition must be a JSON object.");
            return new WorkflowValidation(null, null, diagnostics.Sorted());
        }

        var definitionId = CheckHeader(top, context);
        var scope = new VariableScope();
        VariableChecks.Declare(top["variables"], "/variables", scope, context);
        if (CheckRoot(top, context) is { } root)
            new FlowchartChecker(context).Check(root, "/root", scope);
        return new WorkflowValidation(top, definitionId, diagnostics.Sorted());
    }

    private static JsonNode? Parse(string file, string text, JsonPositions positions, ValidationContext context)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(text, documentOptions: ParseOptions);
        }
        catch (JsonException e)
        {
            var (line, column) = positions.FindError(e);
            context.Report(DiagnosticCodes.WorkflowJsonSyntax, new SourceSpan(file, line, column), $"The workflow is not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }
        // System.Text.Json reads a property given twice only when the object is first used, and then throws.
        foreach (var (pointer, line, column) in positions.DuplicateNames)
            context.Report(DiagnosticCodes.WorkflowJsonSyntax, new SourceSpan(file, line, column),
                $"Property '{Unescape(pointer[(pointer.LastIndexOf('/') + 1)..])}' is given more than once in this object.");
        if (positions.DuplicateNames.Count > 0) return null;
        if (document is null) context.Report(DiagnosticCodes.NotAWorkflow, context.At(""), "A workflow definition must be a JSON object, not null.");
        return document;
    }

    private static string? CheckHeader(JsonObject top, ValidationContext context)
    {
        string? definitionId = null;
        if (!top.ContainsKey("definitionId"))
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(""), "The workflow has no 'definitionId' (the stable id a form names in 'workflow:').");
        else if (top["definitionId"] is JsonValue id && id.GetValueKind() == JsonValueKind.String && id.GetValue<string>().Trim().Length > 0)
            definitionId = id.GetValue<string>();
        else
            context.Report(DiagnosticCodes.NotAWorkflow, context.At("/definitionId"), "'definitionId' must be a non-empty string.");

        if (!top.ContainsKey("version"))
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(""), "The workflow has no 'version'.");
        else if (JsonRead.Int(top["version"]) is not >= 1)
            context.Report(DiagnosticCodes.NotAWorkflow, context.At("/version"), "'version' must be a whole number of at least 1.");
        return definitionId;
    }

    private static JsonObject? CheckRoot(JsonObject top, ValidationContext context)
    {
        if (!top.ContainsKey("root"))
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At(""), $"The workflow has no 'root' ({FlowchartReader.FlowchartType}).");
            return null;
        }
        if (top["root"] is not JsonObject root)
        {
            context.Report(DiagnosticCodes.NotAWorkflow, context.At("/root"), $"'root' must be an object: an {FlowchartReader.FlowchartType}.");
            return null;
        }
        var type = JsonRead.String(root["type"]);
        if (type == FlowchartReader.FlowchartType) return root;
        context.Report(DiagnosticCodes.NotAWorkflow, context.At("/root/type"), type is null
            ? $"The root activity has no 'type'; it must be an {FlowchartReader.FlowchartType}."
            : $"The root activity must be an {FlowchartReader.FlowchartType}, not '{type}'.");
        return null;
    }

    /// <summary>System.Text.Json appends "LineNumber: .. | BytePositionInLine: .." which the position already says.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/").Replace("~0", "~");
}
