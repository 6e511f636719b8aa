using System.Runtime.CompilerServices;

namespace FormEngine.Tests.Definitions;

/// <summary>
/// One folder under golden/: <c>form.yaml</c>, <c>expected.txt</c> (the diagnostics as printed, one per line) and,
/// for a definition that must compile, <c>schema.json</c>. Cases are read from the build output; with
/// UPDATE_GOLDEN=1 the expected files are rewritten in the source tree instead.
/// </summary>
internal sealed record GoldenCase(string Name)
{
    public const string FormFile = "form.yaml";
    public const string ExpectedFile = "expected.txt";
    public const string SchemaFile = "schema.json";

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static string OutputRoot => Path.Combine(AppContext.BaseDirectory, "Definitions", "golden");

    /// <summary>Folders holding a form; a case deleted from the source tree leaves an empty folder in the output.</summary>
    public static IEnumerable<string> Names =>
        Directory.GetDirectories(OutputRoot).Where(d => File.Exists(Path.Combine(d, FormFile)))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public string Yaml => File.ReadAllText(InOutput(FormFile));

    public string ExpectedDiagnostics => Normalize(File.ReadAllText(InOutput(ExpectedFile)));

    /// <summary>Null for a definition that must not compile.</summary>
    public string? ExpectedSchema => File.Exists(InOutput(SchemaFile)) ? Normalize(File.ReadAllText(InOutput(SchemaFile))) : null;

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(SourceRoot(), Name, file), text);

    /// <summary>Line endings and a final newline do not count: git may change the first, editors add the second.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n');

    public override string ToString() => Name;

    private string InOutput(string file) => Path.Combine(OutputRoot, Name, file);

    private static string SourceRoot([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "golden");
}
