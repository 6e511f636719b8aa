using System.CommandLine;
using FormEngine.Cli.Input;
using FormEngine.Rendering;
using FormEngine.Submissions;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine render FORM</c>: prints one page as a standalone HTML document, for previewing a form without
/// a server. With <c>--answers</c> the submission goes through the pipeline first and the page shows its errors.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var form = CommonOptions.Form();
        var language = CommonOptions.Language();
        var answers = new Option<string?>("--answers")
        {
            Description = "A submission (JSON or YAML file) to fill the page with; its errors are shown.",
            HelpName = "FILE",
        };
        var page = new Option<int>("--page")
        {
            Description = "Page number from 1; one more than the number of pages is the check-your-answers page.",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        var context = CommonOptions.Context();
        var script = new Option<string?>("--script-dir")
        {
            Description = $"Write {FormAssets.ScriptFileName} into DIR and link it (relative), so the preview hides and shows conditional fields as residents see it.",
            HelpName = "DIR",
        };
        var command = new Command("render", "Print a page of a form as an HTML document.") { form, language, answers, page, context, script };
        command.SetAction(parsed =>
        {
            var stderr = parsed.InvocationConfiguration.Error;
            var compiled = CliFiles.CompileForm(parsed.GetValue(form)!, stderr);
            var pageNumber = parsed.GetValue(page);
            if (pageNumber < 1 || pageNumber > compiled.Pages.Count + 1)
                throw CommandFailedException.Usage(
                    $"there is no page {pageNumber}: the form has {compiled.Pages.Count} pages, and page {compiled.Pages.Count + 1} is the check-your-answers page.");
            var formContext = CliFiles.ReadContext(parsed.GetValue(context), stderr);
            var answersFile = parsed.GetValue(answers);
            var result = answersFile is null ? null : SubmissionPipeline.Process(compiled, CliFiles.ReadAnswers(answersFile, stderr), formContext);
            var scriptUrl = WriteScript(parsed.GetValue(script));
            var html = FormRenderer.Default.RenderDocument(new RenderRequest(compiled, formContext)
            {
                ScriptUrl = scriptUrl,
                Language = parsed.GetValue(language)!,
                Page = pageNumber - 1,
                Answers = result,
                ShowErrors = result is not null,
            });
            parsed.InvocationConfiguration.Output.Write(html);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <returns>The script's URL relative to a page saved in <paramref name="folder"/>, or null for no script.</returns>
    private static string? WriteScript(string? folder)
    {
        if (folder is null) return null;
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, FormAssets.ScriptFileName), FormAssets.Script);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommandFailedException.Usage($"the script cannot be written to '{folder}': {e.Message}");
        }
        return FormAssets.ScriptFileName;
    }
}
