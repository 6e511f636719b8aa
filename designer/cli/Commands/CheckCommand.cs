using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using FormEngine.Cli.Input;
using FormEngine.Submissions;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine check FORM ANSWERS</c>: runs a submission through the server pipeline. Invalid: one
/// <c>path: message</c> line per problem and exit code 1. Valid: the normalised submission as JSON.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Readable Swedish in the output: å, ä and ö as themselves, not \u escapes.</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var form = CommonOptions.Form();
        var answers = new Argument<string>("ANSWERS") { Description = "The submission, as a JSON or YAML file." };
        var context = CommonOptions.Context();
        var language = CommonOptions.Language();
        var command = new Command("check", "Validate a submission the way the server does.") { form, answers, context, language };
        command.SetAction(parsed =>
        {
            var (stdout, stderr) = (parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
            var compiled = CliFiles.CompileForm(parsed.GetValue(form)!, stderr);
            var submission = CliFiles.ReadAnswers(parsed.GetValue(answers)!, stderr);
            var result = SubmissionPipeline.Process(compiled, submission, CliFiles.ReadContext(parsed.GetValue(context), stderr));
            if (result.IsValid)
            {
                stdout.WriteLine(result.Data.ToJsonString(Indented));
                return ExitCodes.Ok;
            }
            var lang = parsed.GetValue(language)!;
            foreach (var issue in result.Issues)
                stdout.WriteLine(issue.Path.Length == 0 ? issue.Message(lang) : $"{issue.Path}: {issue.Message(lang)}");
            return ExitCodes.Invalid;
        });
        return command;
    }
}
