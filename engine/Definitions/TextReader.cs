using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>Reads text slots, which always have the shape <c>{sv: ..., en: ...}</c>.</summary>
internal static class TextReader
{
    public static LocalizedText? Read(MappingReader reader, string key, bool required = false)
    {
        var node = reader.Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            if (required) reader.Missing(key);
            return null;
        }
        return Read(node, key, reader.Diagnostics);
    }

    public static LocalizedText? Read(YamlNode node, string key, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar scalar)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, scalar.Span,
                $"'{key}' must name its language: write '{key}: {{sv: \"{Shorten(scalar.Value)}\"}}'.");
            return new LocalizedText(new Dictionary<string, string> { [LocalizedText.DefaultLanguage] = scalar.Value }) { Span = scalar.Span };
        }
        if (node is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, $"'{key}' must be a mapping of languages, e.g. {{sv: ..., en: ...}}.");
            return null;
        }
        var texts = new Dictionary<string, string>();
        foreach (var entry in mapping.Entries)
        {
            if (!LocalizedText.SupportedLanguages.Contains(entry.Key.Value))
            {
                diagnostics.Report(DiagnosticCodes.UnsupportedLanguage, entry.Key.Span,
                    $"Language '{entry.Key.Value}' is not supported: use {string.Join(" or ", LocalizedText.SupportedLanguages)}.{DidYouMean.Suggest(entry.Key.Value, LocalizedText.SupportedLanguages)}");
                continue;
            }
            if (entry.Value is not YamlScalar text || text.IsNull)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, entry.Value.Span, $"The {entry.Key.Value} text of '{key}' must be a single text.");
                continue;
            }
            texts[entry.Key.Value] = text.Value;
        }
        if (texts.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.EmptyContainer, mapping.Span, $"'{key}' has no text.");
            return null;
        }
        return new LocalizedText(texts) { Span = mapping.Span };
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..30] + "..." : text;
}
