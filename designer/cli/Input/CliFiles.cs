using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Examples;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Cli.Input;

/// <summary>
/// Reads the files a command is given. A file that is missing or unreadable ends the command with exit code 2;
/// a file that is there but wrong gets diagnostics on stderr and exit code 1.
/// </summary>
public static class CliFiles
{
    public static string ReadText(string path, string what)
    {
        if (Directory.Exists(path)) throw CommandFailedException.Usage($"{what} '{path}' is a folder, not a file.");
        if (!File.Exists(path)) throw CommandFailedException.Usage($"{what} '{path}' does not exist.");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailedException.Usage($"{what} '{path}' cannot be read: {e.Message}");
        }
    }

    /// <summary>Compiles a form; its warnings go to stderr, and errors end the command.</summary>
    public static CompiledForm CompileForm(string path, TextWriter stderr)
    {
        var result = new FormCompiler().Compile(path, ReadText(path, "The form file"));
        Report(result.Diagnostics, stderr);
        return result.Form ?? throw new CommandFailedException(ExitCodes.Invalid);
    }

    /// <summary>A submission written as JSON or YAML.</summary>
    public static JsonNode? ReadAnswers(string path, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var answers = YamlJson.ReadDocument(path, ReadText(path, "The answers file"), diagnostics);
        Report(diagnostics.Items, stderr);
        if (diagnostics.HasErrors) throw new CommandFailedException(ExitCodes.Invalid);
        return answers;
    }

    /// <summary>The context file, or today's Swedish date and nothing else when none is given.</summary>
    public static FormContext ReadContext(string? path, TextWriter stderr)
    {
        var today = FormContext.SwedishToday(TimeProvider.System);
        if (path is null) return new FormContext { Today = today };
        var diagnostics = new DiagnosticBag();
        var context = FormContextReader.ReadFile(path, ReadText(path, "The context file"), today, diagnostics);
        Report(diagnostics.Items, stderr);
        if (diagnostics.HasErrors || context is null) throw new CommandFailedException(ExitCodes.Invalid);
        return context;
    }

    public static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic);
    }
}
