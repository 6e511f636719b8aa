using System.CommandLine;
using System.Text;
using FormEngine.Cli.Commands;

namespace FormEngine.Cli;

/// <summary>
/// The <c>formengine</c> command-line tool. Exit codes: 0 ok, 1 errors in a definition or an invalid
/// submission, 2 usage or I/O problems (a bad option, a missing file), 3 a bug in FormEngine itself.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>The whole tool with its output captured: what the tests call.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("FormEngine: compile, check and render e-service form definitions.")
        {
            ValidateCommand.Create(),
            SchemaCommand.Create(),
            RenderCommand.Create(),
            CheckCommand.Create(),
            PublishCommand.Create(),
            WorkflowRunCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"formengine: {error.Message}");
            stderr.WriteLine("Run 'formengine --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CommandFailedException failure)
        {
            if (failure.Message.Length > 0) stderr.WriteLine($"formengine: {failure.Message}");
            return failure.ExitCode;
        }
        catch (Exception bug)
        {
            // Author and user mistakes never get here; this is FormEngine's own fault, so the trace is wanted.
            stderr.WriteLine($"formengine: internal error, please report it: {bug}");
            return ExitCodes.InternalError;
        }
    }
}
