using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>An expression as the author wrote it, with where its first character is.</summary>
public sealed record ExpressionText(string Text, SourceSpan Start);

/// <summary>A yes/no slot such as <c>required</c> or <c>readonly</c>: either a constant or a condition.</summary>
public sealed record Flag(bool Constant, ExpressionText? Condition, SourceSpan Span)
{
    public static readonly Flag False = new(false, null, SourceSpan.None);
}
