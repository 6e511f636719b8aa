using System.CommandLine;
using FormEngine.Cli.Input;
using FormEngine.Definitions.Loading;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine validate PATH...</c>: compiles every form given (a file) or found (every <c>form.yaml</c> under a
/// folder), runs each form's example submissions, and prints every diagnostic and a summary to stdout.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Form files, or folders searched for form.yaml files (examples/ folders hold example submissions).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check form definitions and run their example submissions.") { paths };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        var (forms, inputProblems) = FindForms(paths, stderr);
        var loader = new FormLoader();
        int examples = 0, errors = 0, warnings = 0, loaded = 0;
        foreach (var form in forms)
        {
            LoadedForm result;
            try
            {
                result = loader.Load(form);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"formengine: the form file '{form}' cannot be read: {e.Message}");
                inputProblems = true;
                continue;
            }
            CliFiles.Report(result.Diagnostics, stdout);
            loaded++;
            examples += result.ExampleCount;
            errors += result.ErrorCount;
            warnings += result.WarningCount;
        }
        stdout.WriteLine($"{Count(loaded, "form")}, {Count(examples, "example")}: {Count(errors, "error")}, {Count(warnings, "warning")}");
        return inputProblems ? ExitCodes.Usage : errors > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    private static (List<string> Forms, bool InputProblems) FindForms(string[] paths, TextWriter stderr)
    {
        var forms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = false;
        foreach (var path in paths)
        {
            IReadOnlyList<string> found;
            if (File.Exists(path)) found = [path];
            else if (Directory.Exists(path))
            {
                found = DefinitionFiles.FindForms(path);
                if (found.Count == 0)
                {
                    stderr.WriteLine($"formengine: no {DefinitionFiles.FormFileName} found under '{path}'.");
                    problems = true;
                }
            }
            else
            {
                stderr.WriteLine($"formengine: '{path}' does not exist.");
                problems = true;
                continue;
            }
            foreach (var form in found)
                if (seen.Add(Path.GetFullPath(form))) forms.Add(form);
        }
        return (forms, problems);
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
