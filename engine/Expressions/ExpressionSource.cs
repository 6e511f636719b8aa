using FormEngine.Diagnostics;

namespace FormEngine.Expressions;

/// <summary>An expression's text and where it starts in the author's file, so that diagnostics point into the YAML.</summary>
public sealed class ExpressionSource
{
    /// <param name="start">The position of the first character of <paramref name="text"/>.</param>
    public ExpressionSource(string text, SourceSpan start)
    {
        Text = text;
        Start = start;
    }

    public string Text { get; }

    public SourceSpan Start { get; }

    /// <summary>
    /// The position of the character at <paramref name="offset"/>. On later lines of a multi-line expression the column
    /// counts from the start of that line of the text, because block scalars lose their indentation before we see them.
    /// </summary>
    public SourceSpan At(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var lastNewline = Text.LastIndexOf('\n', Math.Max(0, offset - 1), offset);
        if (lastNewline < 0) return Start.Shift(offset);
        var newlines = 0;
        for (var i = 0; i <= lastNewline; i++)
        {
            if (Text[i] == '\n') newlines++;
        }
        return Start with { Line = Start.Line + newlines, Column = offset - lastNewline };
    }
}
