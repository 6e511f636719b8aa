using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// Loads an Elsa 3 workflow definition from JSON. Never throws on an author's mistake: a syntax error or a
/// missing root becomes a diagnostic and null; everything else it can read, it keeps (the validator checks
/// the rest, with positions).
/// </summary>
public static class WorkflowDefinitionReader
{
    public static WorkflowDefinition? Read(string file, string json, DiagnosticBag diagnostics)
    {
        JsonNode? document;
        try
        {
            // A repeated property name is refused here: System.Text.Json objects would throw later, on first read.
            document = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions
            {
                AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false,
            });
        }
        catch (JsonException e)
        {
            var (line, column) = JsonPositions.Build(json).FindError(e);
            var span = new SourceSpan(file, line, column);
            diagnostics.Report(DiagnosticCodes.WorkflowJsonSyntax, span, $"The workflow is not valid JSON: {FirstSentence(e.Message)}");
            return null;
        }
        var whole = new SourceSpan(file, 1, 1);
        if (document is not JsonObject top || top["root"] is not JsonObject rootJson)
        {
            diagnostics.Report(DiagnosticCodes.NotAWorkflow, whole, "The workflow has no 'root' object (an Elsa.Flowchart).");
            return null;
        }
        var root = FlowchartReader.Read(rootJson, "root");
        if (root.Activities.Count == 0)
            diagnostics.Report(DiagnosticCodes.StartOrReachability, whole, "The workflow's root flowchart has no activities.");
        var variables = VariableReader.ReadAll(top["variables"]).ToList();
        foreach (var variable in root.Variables)
            if (!variables.Exists(v => v.Name == variable.Name)) variables.Add(variable);
        return new WorkflowDefinition
        {
            Json = top,
            DefinitionId = JsonRead.String(top["definitionId"]) ?? JsonRead.String(top["id"]) ?? Path.GetFileNameWithoutExtension(file),
            Id = JsonRead.String(top["id"]),
            Name = JsonRead.String(top["name"]),
            Version = JsonRead.Int(top["version"]) ?? 1,
            Variables = variables,
            Inputs = VariableReader.ReadIo(top["inputs"]),
            Outputs = VariableReader.ReadIo(top["outputs"]),
            Root = root,
            File = file,
        };
    }

    /// <summary>System.Text.Json appends "LineNumber: .. | BytePositionInLine: .." which the span already says.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
