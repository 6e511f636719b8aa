using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Examples;

/// <summary>
/// Turns YAML into the JSON a browser would send, by the YAML 1.2 core schema: a plain scalar that reads as
/// an int, float, bool or null becomes a JSON number, bool or null; everything else (quoted scalars, block
/// scalars, dates, phone numbers) stays a string. JSON itself is YAML, so answers files may be either.
/// </summary>
public static partial class YamlJson
{
    /// <summary>Reads a whole file (JSON or YAML) into JSON; null with a diagnostic when it cannot.</summary>
    public static JsonNode? ReadDocument(string file, string text, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var root = YamlTreeReader.Read(file, text, local);
        diagnostics.AddRange(local.Items);
        if (local.HasErrors) return null;
        if (root is null)
        {
            diagnostics.Report(DiagnosticCodes.EmptyContainer, new SourceSpan(file, 1, 1), "The file is empty.");
            return null;
        }
        return ToJson(root);
    }

    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping mapping => ToObject(mapping),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
        YamlScalar scalar => ToValue(scalar),
        _ => null,
    };

    private static JsonObject ToObject(YamlMapping mapping)
    {
        var result = new JsonObject();
        foreach (var entry in mapping.Entries) result[entry.Key.Value] = ToJson(entry.Value);
        return result;
    }

    private static JsonNode? ToValue(YamlScalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(scalar.Value);
        var text = scalar.Value;
        if (scalar.IsNull) return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        return Number(text) ?? JsonValue.Create(text);
    }

    /// <summary>A core-schema number as a JSON number (parsed from JSON text, as a request body would be).</summary>
    private static JsonNode? Number(string text)
    {
        if (DecimalInt().IsMatch(text)) return Parse(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        if (text.StartsWith("0x", StringComparison.Ordinal) && HexInt().IsMatch(text))
            return Parse(BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalInt().IsMatch(text))
            return Parse(text[2..].Aggregate(BigInteger.Zero, (n, c) => n * 8 + (c - '0')).ToString(CultureInfo.InvariantCulture));
        if (!Float().IsMatch(text)) return null;
        // JSON has no "1." or ".5" or "+1": write the number the way JSON does. Infinity and NaN stay text.
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            return Parse(exact.ToString(CultureInfo.InvariantCulture));
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var large) && double.IsFinite(large)
            ? Parse(large.ToString("R", CultureInfo.InvariantCulture))
            : null;
    }

    private static JsonNode? Parse(string json) => JsonNode.Parse(json);

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInt();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
