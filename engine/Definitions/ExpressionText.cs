using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>An expression as the author wrote it, with where its first character is.</summary>
public sealed record ExpressionText(string Text, SourceSpan Start)
{
    /// <summary>
    /// Where each non-blank character of <see cref="Text"/> is in the file, in order; set when the author wrote the
    /// expression over several lines, which YAML folds (<c>&gt;</c>, plain) or unindents (<c>|</c>). Null when
    /// <see cref="Start"/> shifted by the offset is exact.
    /// </summary>
    public IReadOnlyList<SourceSpan>? Positions { get; init; }

    /// <summary>The file position of the character at <paramref name="offset"/>; blanks and the end sit just after the character before.</summary>
    public SourceSpan At(int offset)
    {
        if (Positions is null) return Start.Shift(offset);
        offset = Math.Clamp(offset, 0, Text.Length);
        var before = 0;
        for (var i = 0; i < offset; i++)
            if (!char.IsWhiteSpace(Text[i])) before++;
        if (offset < Text.Length && !char.IsWhiteSpace(Text[offset]) && before < Positions.Count) return Positions[before];
        return before == 0 ? Start : Positions[Math.Min(before, Positions.Count) - 1].Shift(1);
    }
}

/// <summary>A yes/no slot such as <c>required</c> or <c>readonly</c>: either a constant or a condition.</summary>
public sealed record Flag(bool Constant, ExpressionText? Condition, SourceSpan Span)
{
    public static readonly Flag False = new(false, null, SourceSpan.None);
}
