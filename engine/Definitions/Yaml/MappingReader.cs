using System.Globalization;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions.Yaml;

/// <summary>
/// Reads the properties of one YAML mapping. Unknown properties are reported at once (with "did you mean"),
/// wrong kinds of value are reported and read as absent, so one mistake never hides the next.
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _diagnostics;

    public MappingReader(YamlMapping mapping, DiagnosticBag diagnostics, IReadOnlyCollection<string> known, string what)
    {
        _mapping = mapping;
        _diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
            if (!known.Contains(entry.Key.Value))
                diagnostics.Report(DiagnosticCodes.UnknownProperty, entry.Key.Span,
                    $"Unknown property '{entry.Key.Value}' in {what}.{DidYouMean.Suggest(entry.Key.Value, known)}");
    }

    public SourceSpan Span => _mapping.Span;

    public DiagnosticBag Diagnostics => _diagnostics;

    public YamlNode? Node(string key) => _mapping.Find(key)?.Value;

    public SourceSpan SpanOf(string key) => _mapping.Find(key)?.Value.Span ?? _mapping.Span;

    public bool Has(string key) => _mapping.Find(key) is not null;

    public YamlScalar? Scalar(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlScalar scalar && !scalar.IsNull) return scalar;
        if (node is YamlScalar) { if (required) Missing(key); return null; }
        _diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, $"'{key}' must be a single value, not a {KindName(node)}.");
        return null;
    }

    public string? String(string key, bool required = false) => Scalar(key, required)?.Value;

    public int? Int(string key, bool required = false, int min = int.MinValue)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min)
            return value;
        _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Span,
            min == int.MinValue ? $"'{key}' must be a whole number." : $"'{key}' must be a whole number of at least {min}.");
        return null;
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values) where T : struct
    {
        var scalar = Scalar(key);
        if (scalar is null) return null;
        if (values.TryGetValue(scalar.Value, out var value)) return value;
        _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Span,
            $"'{scalar.Value}' is not a valid {key}: use {string.Join(", ", values.Keys.Select(k => $"'{k}'"))}.{DidYouMean.Suggest(scalar.Value, values.Keys)}");
        return null;
    }

    public YamlMapping? Mapping(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlMapping mapping) return mapping;
        _diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, $"'{key}' must be a mapping (key: value lines), not a {KindName(node)}.");
        return null;
    }

    public IReadOnlyList<YamlNode>? Sequence(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required) Missing(key);
            return null;
        }
        if (node is YamlSequence sequence) return sequence.Items;
        _diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, $"'{key}' must be a list (lines starting with '-'), not a {KindName(node)}.");
        return null;
    }

    public void Missing(string key) =>
        _diagnostics.Report(DiagnosticCodes.MissingProperty, _mapping.Span, $"Required property '{key}' is missing.");

    public static string KindName(YamlNode node) => node switch
    {
        YamlMapping => "mapping",
        YamlSequence => "list",
        _ => "single value",
    };
}
