using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

/// <summary>One file of cases/*.json: shared symbols and today, then the cases (which may add symbols).</summary>
internal sealed record CaseFile(
    [property: JsonPropertyName("today")] string? Today,
    [property: JsonPropertyName("symbols")] Dictionary<string, CaseSymbol>? Symbols,
    [property: JsonPropertyName("cases")] List<ExpressionCase> Cases);

internal sealed record CaseSymbol(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonElement Value,
    [property: JsonPropertyName("allowedValues")] List<string>? AllowedValues);

internal sealed record CaseDiagnostic(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("line")] int? Line,
    [property: JsonPropertyName("message")] string? MessageContains);

/// <summary>
/// One expression with either an expected <c>result</c> (and optionally its <c>type</c> and whether it is
/// <c>constant</c>) or the expected <c>diagnostics</c>. <c>expect</c> is the type the context demands.
/// </summary>
internal sealed record ExpressionCase(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("today")] string? Today,
    [property: JsonPropertyName("symbols")] Dictionary<string, CaseSymbol>? Symbols,
    [property: JsonPropertyName("expect")] string? Expect,
    [property: JsonPropertyName("result")] JsonElement Result,
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("constant")] bool? Constant,
    [property: JsonPropertyName("diagnostics")] List<CaseDiagnostic>? Diagnostics)
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Expressions", "cases");

    private static readonly Lazy<Dictionary<string, (CaseFile File, ExpressionCase Case)>> All = new(Load);

    public static IEnumerable<string> Keys => All.Value.Keys.Order(StringComparer.Ordinal);

    public static (CaseFile File, ExpressionCase Case) Get(string key) => All.Value[key];

    public TestSymbols BuildSymbols(CaseFile file)
    {
        var today = DateOnly.Parse(Today ?? file.Today ?? "2024-06-15", CultureInfo.InvariantCulture);
        var symbols = new TestSymbols(today);
        var all = (file.Symbols ?? []).Concat(Symbols ?? []);
        foreach (var (id, symbol) in all)
        {
            var type = TestTypes.Parse(symbol.Type);
            symbols.Add(id, type, TestTypes.ToValue(symbol.Value, type), symbol.AllowedValues);
        }
        return symbols;
    }

    private static Dictionary<string, (CaseFile, ExpressionCase)> Load()
    {
        var cases = new Dictionary<string, (CaseFile, ExpressionCase)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json"))
        {
            var file = JsonSerializer.Deserialize<CaseFile>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"{path} is empty.");
            foreach (var c in file.Cases) cases.Add($"{Path.GetFileNameWithoutExtension(path)}: {c.Name}", (file, c));
        }
        return cases;
    }
}
