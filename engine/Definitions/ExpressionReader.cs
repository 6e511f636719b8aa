using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

internal static class ExpressionReader
{
    public static ExpressionText? Read(MappingReader reader, string key)
    {
        var scalar = reader.Scalar(key);
        return scalar is null ? null : From(scalar);
    }

    public static ExpressionText From(YamlScalar scalar) =>
        new(scalar.Value, scalar.ContentStart) { Positions = Positions(scalar) };

    /// <summary><c>required: true</c>, <c>required: false</c> or <c>required: &lt;condition&gt;</c>.</summary>
    public static Flag ReadFlag(MappingReader reader, string key)
    {
        var scalar = reader.Scalar(key);
        if (scalar is null) return Flag.False;
        if (scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false")
            return new Flag(scalar.Value == "true", null, scalar.Span);
        return new Flag(false, From(scalar), scalar.Span);
    }

    /// <summary>
    /// Folding and unindenting only change whitespace, so the n-th non-blank character of the value is the n-th
    /// non-blank character of the file from where the content starts.
    /// </summary>
    private static List<SourceSpan>? Positions(YamlScalar scalar)
    {
        if (scalar.SourceLines is not { } lines) return null;
        var needed = scalar.Value.Count(c => !char.IsWhiteSpace(c));
        var start = scalar.ContentStart;
        var positions = new List<SourceSpan>(needed);
        for (var line = start.Line; line <= lines.Count && positions.Count < needed; line++)
        {
            var text = lines[line - 1];
            for (var column = line == start.Line ? start.Column : 1; column <= text.Length && positions.Count < needed; column++)
                if (!char.IsWhiteSpace(text[column - 1])) positions.Add(start with { Line = line, Column = column });
        }
        return positions.Count == needed ? positions : null;
    }
}
