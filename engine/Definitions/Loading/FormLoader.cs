using FormEngine.Diagnostics;
using FormEngine.Examples;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Versions;

namespace FormEngine.Definitions.Loading;

/// <summary>
/// Compiles a form file and runs its example submissions: what "is this definition publishable?" means for
/// the command-line tool, the tests and the host alike.
/// </summary>
public sealed class FormLoader(FormCompiler? compiler = null)
{
    private readonly FormCompiler _compiler = compiler ?? new FormCompiler();
    private readonly Dictionary<string, PublishedVersions> _published = [];

    /// <exception cref="IOException">The form file itself cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The form file itself cannot be read.</exception>
    public LoadedForm Load(string formFile)
    {
        var compilation = _compiler.Compile(formFile, File.ReadAllText(formFile));
        var diagnostics = new List<Diagnostic>(compilation.Diagnostics);
        if (compilation.Form is { } form && Published(formFile, diagnostics)?.Check(form) is { } changed)
            diagnostics.Add(changed);
        var examples = DefinitionFiles.ExamplesOf(formFile);
        foreach (var exampleFile in examples)
            diagnostics.AddRange(RunExample(compilation.Form, exampleFile));
        return new LoadedForm(formFile, compilation.Form, diagnostics, examples.Count);
    }

    /// <summary>The published record governing a form, read once per file and loader.</summary>
    private PublishedVersions? Published(string formFile, List<Diagnostic> diagnostics)
    {
        var file = PublishedVersions.FindFor(formFile);
        if (file is null) return null;
        if (_published.TryGetValue(file, out var cached)) return cached;
        var bag = new DiagnosticBag();
        var record = PublishedVersions.Read(file, File.ReadAllText(file), bag);
        diagnostics.AddRange(bag.Items);
        return _published[file] = record;
    }

    /// <summary>Reads one example and, when the form compiled, runs it. A broken form still gets its examples read.</summary>
    public static IReadOnlyList<Diagnostic> RunExample(CompiledForm? form, string exampleFile)
    {
        var diagnostics = new DiagnosticBag();
        string text;
        try
        {
            text = File.ReadAllText(exampleFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ExampleReader.ReportUnreadableFile(exampleFile, e.Message, diagnostics);
            return diagnostics.Items;
        }
        var example = ExampleReader.Read(exampleFile, text, diagnostics);
        if (example is not null && form is not null) diagnostics.AddRange(ExampleRunner.Run(form, example));
        return diagnostics.Sorted();
    }
}

/// <param name="Form">Null when the form has errors.</param>
/// <param name="Diagnostics">The form's own diagnostics in file order, then each example's.</param>
public sealed record LoadedForm(string File, CompiledForm? Form, IReadOnlyList<Diagnostic> Diagnostics, int ExampleCount)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
