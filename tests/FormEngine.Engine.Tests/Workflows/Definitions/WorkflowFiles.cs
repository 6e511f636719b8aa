namespace FormEngine.Tests.Workflows.Definitions;

/// <summary>Workflow files the definition tests run over, and the activity knowledge they validate with.</summary>
internal static class WorkflowFiles
{
    public static string GoldenRoot => Path.Combine(RepositoryRoot.Path, "tests", "FormEngine.Engine.Tests", "Workflows", "Definitions", "golden");

    /// <summary>Workflows exported by Elsa itself (read-only, beside the checkout).</summary>
    public static string ConformanceRoot => Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "elsa-conformance"));

    public static IEnumerable<string> Conformance =>
        Directory.Exists(ConformanceRoot) ? Directory.GetFiles(ConformanceRoot, "*.json").Order(StringComparer.Ordinal) : [];

    /// <summary>The runtime's scenario workflows (some broken on purpose), when they exist yet.</summary>
    public static IEnumerable<string> Scenarios
    {
        get
        {
            var scenarios = Path.Combine(RepositoryRoot.Path, "tests", "FormEngine.Engine.Tests", "Workflows", "scenarios");
            return Directory.Exists(scenarios)
                ? Directory.GetDirectories(scenarios).Select(d => Path.Combine(d, "workflow.json")).Where(File.Exists).Order(StringComparer.Ordinal)
                : [];
        }
    }

    /// <summary>The workflows forms run (definitions/workflows/*.json).</summary>
    public static IEnumerable<string> Published
    {
        get
        {
            var folder = Path.Combine(RepositoryRoot.Path, "definitions", "workflows");
            return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal) : [];
        }
    }

    /// <summary>Files that must validate without a single diagnostic.</summary>
    public static TheoryData<string> Clean => [.. Conformance.Concat(Published).Select(Name)];

    /// <summary>Files that must survive a load/save round trip, broken ones included.</summary>
    public static TheoryData<string> All => [.. Conformance.Concat(Published).Concat(Scenarios).Select(Name)];

    public static string PathOf(string name) => name.StartsWith("conformance/", StringComparison.Ordinal)
        ? Path.Combine(ConformanceRoot, name["conformance/".Length..])
        : Path.Combine(RepositoryRoot.Path, name);

    private static string Name(string path) => path.StartsWith(ConformanceRoot, StringComparison.Ordinal)
        ? "conformance/" + Path.GetFileName(path)
        : Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/');
}
