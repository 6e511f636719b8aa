using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;

namespace FormEngine.Programs;

/// <summary>
/// Reads every treatment program under a folder (<c>definitions/programs/</c>): each sub-folder with a
/// <c>program.yaml</c> is one program whose step forms are the <c>*.yaml</c> files of its <c>forms/</c> folder,
/// one form per file named after the form key. Never throws on bad input; programs with errors are left out.
/// </summary>
public static class ProgramLoader
{
    public const string FolderName = "programs";
    public const string FormsFolder = "forms";

    /// <summary>The workflow every step form must name: a step is recorded and the behandlare told, never a case.</summary>
    public const string StepWorkflow = "program-step";

    /// <param name="catalog">When given, the programs' <c>clinics:</c> are checked against it.</param>
    public static ProgramLoadResult Load(string folder, ClinicCatalog? catalog = null)
    {
        var diagnostics = new DiagnosticBag();
        var programs = new Dictionary<string, TreatmentProgram>(StringComparer.Ordinal);
        var read = 0;
        foreach (var programFolder in ProgramFolders(folder, diagnostics))
        {
            read++;
            var file = Path.Combine(programFolder, ProgramReader.FileName);
            var forms = CompileForms(Path.Combine(programFolder, FormsFolder), diagnostics);
            if (ReadText(file, diagnostics) is not { } text) continue;
            if (ProgramReader.Read(file, text, forms, catalog, diagnostics) is not { } program) continue;
            var folderName = Path.GetFileName(programFolder);
            if (program.Key != folderName)
                diagnostics.Report(DiagnosticCodes.ProgramFileMismatch, program.Span,
                    $"Program key '{program.Key}' must be the name of its folder, '{folderName}'.");
            else if (!programs.TryAdd(program.Key, program))
                diagnostics.Report(DiagnosticCodes.DuplicateProgramEntry, program.Span, $"Program '{program.Key}' is given twice.");
        }
        return new ProgramLoadResult(programs, diagnostics.Sorted(), read);
    }

    /// <summary>Compiles every form file of a program; only forms without errors can be steps.</summary>
    public static IReadOnlyDictionary<string, CompiledForm> CompileForms(string formsFolder, DiagnosticBag diagnostics)
    {
        var forms = new Dictionary<string, CompiledForm>(StringComparer.Ordinal);
        if (!Directory.Exists(formsFolder)) return forms;
        var compiler = new FormCompiler();
        foreach (var file in Directory.EnumerateFiles(formsFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (ReadText(file, diagnostics) is not { } text) continue;
            var result = compiler.Compile(file, text);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Form is not { } form || result.Diagnostics.Any(d => d.IsError)) continue;
            if (CheckStepForm(file, form, diagnostics)) forms[form.Key] = form;
        }
        return forms;
    }

    private static bool CheckStepForm(string file, CompiledForm form, DiagnosticBag diagnostics)
    {
        var expected = Path.GetFileNameWithoutExtension(file);
        if (form.Key != expected)
        {
            diagnostics.Report(DiagnosticCodes.ProgramFileMismatch, form.Definition.Span, $"Form key '{form.Key}' must be the file's name, '{expected}'.");
            return false;
        }
        if (form.Definition.Flow != FlowType.ResidentInitiated || form.Definition.Workflow != StepWorkflow)
        {
            diagnostics.Report(DiagnosticCodes.NotAStepForm, form.Definition.Span,
                $"A step form is sent by the resident and recorded by the '{StepWorkflow}' workflow: write 'flow: resident-initiated' and 'workflow: {StepWorkflow}'.");
            return false;
        }
        return true;
    }

    private static IEnumerable<string> ProgramFolders(string folder, DiagnosticBag diagnostics)
    {
        try
        {
            return [.. Directory.EnumerateDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, ProgramReader.FileName)))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.ProgramUnreadable, new SourceSpan(folder, 0, 0), $"The programs folder cannot be read: {e.Message}");
            return [];
        }
    }

    private static string? ReadText(string file, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.ProgramUnreadable, new SourceSpan(file, 0, 0), $"The file cannot be read: {e.Message}");
            return null;
        }
    }
}
