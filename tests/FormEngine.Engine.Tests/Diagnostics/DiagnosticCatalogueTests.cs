using System.Reflection;
using FormEngine.Diagnostics;

namespace FormEngine.Tests.Diagnostics;

public sealed class DiagnosticCatalogueTests
{
    private static IReadOnlyList<DiagnosticCode> AllCodes() =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticCode)f.GetValue(null)!)];

    [Fact]
    public void Codes_are_unique()
    {
        var codes = AllCodes();
        Assert.Equal(codes.Count, codes.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Every_code_is_documented_with_its_severity()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));
        foreach (var code in AllCodes())
            Assert.Contains($"| {code.Id} | {(code.DefaultSeverity == Severity.Error ? "error" : "warning")} |", doc);
    }
}
