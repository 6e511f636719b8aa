namespace FormEngine.Expressions.Parsing;

/// <param name="Text">The token as written (for messages).</param>
/// <param name="Value">The decoded value of a number or string literal.</param>
internal readonly record struct Token(TokenKind Kind, int Offset, string Text, object? Value = null)
{
    /// <summary>How the token is named in "unexpected ..." messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.End => "end of expression",
        TokenKind.String => "text " + Text,
        TokenKind.Number => "number " + Text,
        _ => $"'{Text}'",
    };
}
