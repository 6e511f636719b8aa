using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Tests.Schema;

/// <summary>The YAML forms of these tests and the real e-service definitions, found from the repository root.</summary>
internal static class TestForms
{
    private static readonly ConcurrentDictionary<string, CompiledForm> Compiled = new();

    /// <summary>The forms in Schema/forms that together use every field type, validator and translatable condition.</summary>
    public static readonly string[] Names = ["all-types", "conditions", "nested"];

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Today is fixed so that short personnummer and dates mean the same on every run.</summary>
    public static FormContext Context { get; } = new()
    {
        Today = new DateOnly(2025, 3, 14),
        Resident = new ResidentInfo("199001012385", "Anna Andersson", "anna@exempel.se", "0701234567"),
        Clinic = new ClinicInfo("vc-norr", "Vårdcentralen Norr"),
        Lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>
        {
            ["clinics"] = [new("vc-norr", LocalizedText.Swedish("Norr")), new("vc-syd", LocalizedText.Swedish("Syd"))],
            ["certificate_kinds"] = [new("korkort", LocalizedText.Swedish("Körkortsintyg")), new("sjo", LocalizedText.Swedish("Sjöfartsintyg"))],
            ["clinic_prescriptions"] = [new("rx-1", LocalizedText.Swedish("Alvedon")), new("rx-2", LocalizedText.Swedish("Losec")), new("rx-3", LocalizedText.Swedish("Ventoline"))],
        },
    };

    public static CompiledForm Load(string name) =>
        FromFile(Path.Combine(RepositoryRoot, "tests", "FormEngine.Engine.Tests", "Schema", "forms", name + ".yaml"));

    /// <summary>Every definitions/eservices/*/form.yaml, as paths relative to the repository root.</summary>
    public static IReadOnlyList<string> Definitions() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot, "definitions", "eservices"), "form.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot, f))
            .Order(StringComparer.Ordinal)];

    public static CompiledForm FromFile(string path) => Compiled.GetOrAdd(Path.GetFullPath(Path.Combine(RepositoryRoot, path)), file =>
    {
        var result = new FormCompiler().Compile(file, File.ReadAllText(file));
        return result.Form ?? throw new InvalidOperationException($"{file} does not compile:\n{string.Join("\n", result.Diagnostics)}");
    });

    public static CompiledForm FromYaml(string yaml)
    {
        var result = new FormCompiler().Compile("inline.yaml", yaml);
        return result.Form ?? throw new InvalidOperationException($"The inline form does not compile:\n{string.Join("\n", result.Diagnostics)}");
    }

    /// <summary>Up from the test assembly, or (when it was built into an artifacts folder elsewhere) from this source file.</summary>
    private static string FindRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "FormEngine.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No FormEngine.sln above {AppContext.BaseDirectory} or {source}.");
    }
}
