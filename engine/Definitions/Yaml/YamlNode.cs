using FormEngine.Diagnostics;

namespace FormEngine.Definitions.Yaml;

/// <summary>A YAML node with the position where the author wrote it.</summary>
public abstract record YamlNode(SourceSpan Span);

public enum ScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// <param name="ContentStart">Where the scalar's text itself begins (after a quote, or on the line after '|').</param>
public sealed record YamlScalar(SourceSpan Span, string Value, ScalarStyle Style, SourceSpan ContentStart) : YamlNode(Span)
{
    /// <summary>
    /// The file's lines, kept only for a plain or block scalar written over several lines: YAML folds or unindents
    /// those, so positions inside <see cref="Value"/> can only be found again by reading the file.
    /// </summary>
    public IReadOnlyList<string>? SourceLines { get; init; }

    /// <summary>A plain <c>null</c>, <c>~</c> or empty scalar.</summary>
    public bool IsNull => Style == ScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(SourceSpan Span, IReadOnlyList<YamlNode> Items) : YamlNode(Span);

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

/// <summary>Entries in document order. Duplicate keys were reported when read, and only the first is kept.</summary>
public sealed record YamlMapping(SourceSpan Span, IReadOnlyList<YamlEntry> Entries) : YamlNode(Span)
{
    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
            if (entry.Key.Value == key) return entry;
        return null;
    }
}
