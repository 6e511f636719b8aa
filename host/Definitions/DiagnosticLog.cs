using FormEngine.Diagnostics;

namespace FormEngine.Host.Definitions;

/// <summary>
/// Writes definition diagnostics to the log, one entry each with file(line,col) and code. Diagnostics are about
/// an author's definition, never about a resident's answers, so they may be logged.
/// </summary>
internal static partial class DiagnosticLog
{
    public static void Write(ILogger logger, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            if (d.IsError) DefinitionError(logger, d.Span.ToString(), d.Code.Id, d.Message);
            else DefinitionWarning(logger, d.Span.ToString(), d.Code.Id, d.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Location}: error {Code}: {Problem}")]
    private static partial void DefinitionError(ILogger logger, string location, string code, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Location}: warning {Code}: {Problem}")]
    private static partial void DefinitionWarning(ILogger logger, string location, string code, string problem);
}
