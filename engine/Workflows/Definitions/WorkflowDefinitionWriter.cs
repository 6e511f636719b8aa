using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// Writes a definition back as Elsa 3 JSON: the kept document itself, so unknown activity types, unknown
/// properties, designer metadata and both connection shapes come back as they were read. Indented with two
/// spaces and "\n", and in plain UTF-8: "åäö" stays readable instead of becoming <c>\u00E5</c>.
/// </summary>
public static class WorkflowDefinitionWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Escapes only what JSON requires (quotes, backslashes, control characters); the file is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(WorkflowDefinition definition) => Write(definition.Json);

    public static string Write(JsonObject json) => json.ToJsonString(Options) + "\n";
}
