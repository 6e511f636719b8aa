namespace FormEngine.Expressions.Parsing;

internal enum TokenKind
{
    End,
    Number,
    String,
    Identifier,
    // Keywords
    And,
    Or,
    Not,
    In,
    True,
    False,
    Null,
    // Punctuation
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Dot,
    Plus,
    Minus,
    Star,
    Slash,
    EqualEqual,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
