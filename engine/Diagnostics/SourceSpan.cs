namespace FormEngine.Diagnostics;

/// <summary>A position in an author's file. Lines and columns are 1-based; <see cref="None"/> marks "no position".</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static readonly SourceSpan None = new("", 0, 0);

    /// <summary>The span of a character <paramref name="offset"/> characters to the right, on the same line.</summary>
    public SourceSpan Shift(int offset) => this with { Column = Column + offset };

    public override string ToString() => Line > 0 ? $"{File}({Line},{Column})" : File;
}
