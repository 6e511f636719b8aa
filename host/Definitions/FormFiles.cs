using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Forms;

namespace FormEngine.Host.Definitions;

/// <summary>A form file that compiled, ran its examples and names a known workflow, with the text it was compiled from.</summary>
public sealed record FormFile(CompiledForm Form, string Text, string SourceFile);

/// <summary>
/// Compiles definitions/eservices/*/form.yaml and definitions/templates/*/form.yaml with the engine's
/// <see cref="FormLoader"/> (examples and published.yaml included). A form with any error is left out.
/// </summary>
internal static class FormFiles
{
    public static readonly string[] Folders = ["eservices", "templates"];

    public static IReadOnlyList<FormFile> Load(string definitionsFolder, IReadOnlyCollection<string> workflowIds, List<Diagnostic> problems)
    {
        var loader = new FormLoader();
        var loaded = new List<FormFile>();
        foreach (var folder in Folders.Select(f => Path.Combine(definitionsFolder, f)).Where(Directory.Exists))
        {
            foreach (var file in DefinitionFiles.FindForms(folder))
            {
                LoadedForm result;
                string text;
                try
                {
                    text = File.ReadAllText(file);
                    result = loader.Load(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new Diagnostic(DiagnosticCodes.YamlSyntax, Severity.Error, new SourceSpan(file, 0, 0), $"The form file cannot be read: {e.Message}"));
                    continue;
                }
                problems.AddRange(result.Diagnostics);
                var unknownWorkflow = WorkflowReferences.Check(file, text, workflowIds);
                if (unknownWorkflow is not null) problems.Add(unknownWorkflow);
                if (result.Form is { } form && result.ErrorCount == 0 && unknownWorkflow is null)
                    loaded.Add(new FormFile(form, text, Path.GetRelativePath(definitionsFolder, file).Replace('\\', '/')));
            }
        }
        return loaded;
    }
}
