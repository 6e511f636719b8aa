using System.Globalization;
using System.Text;

namespace FormEngine.Expressions.Parsing;

/// <summary>Splits expression text into tokens. Reports bad characters as <see cref="SyntaxError"/>.</summary>
internal static class Lexer
{
    private static readonly Dictionary<string, TokenKind> Keywords = new(StringComparer.Ordinal)
    {
        ["and"] = TokenKind.And,
        ["or"] = TokenKind.Or,
        ["not"] = TokenKind.Not,
        ["in"] = TokenKind.In,
        ["true"] = TokenKind.True,
        ["false"] = TokenKind.False,
        ["null"] = TokenKind.Null,
    };

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            var token = Next(text, i);
            tokens.Add(token);
            i += token.Text.Length;
        }
        tokens.Add(new Token(TokenKind.End, text.Length, ""));
        return tokens;
    }

    private static Token Next(string text, int start)
    {
        var c = text[start];
        if (char.IsAsciiDigit(c)) return ReadNumber(text, start);
        if (c is '\'' or '"') return ReadString(text, start);
        if (IsIdentifierStart(c) || c == '$') return ReadIdentifier(text, start);
        var next = start + 1 < text.Length ? text[start + 1] : '\0';
        return (c, next) switch
        {
            ('=', '=') => new Token(TokenKind.EqualEqual, start, "=="),
            ('!', '=') => new Token(TokenKind.NotEqual, start, "!="),
            ('<', '=') => new Token(TokenKind.LessOrEqual, start, "<="),
            ('>', '=') => new Token(TokenKind.GreaterOrEqual, start, ">="),
            ('<', _) => new Token(TokenKind.Less, start, "<"),
            ('>', _) => new Token(TokenKind.Greater, start, ">"),
            ('(', _) => new Token(TokenKind.LeftParen, start, "("),
            (')', _) => new Token(TokenKind.RightParen, start, ")"),
            ('[', _) => new Token(TokenKind.LeftBracket, start, "["),
            (']', _) => new Token(TokenKind.RightBracket, start, "]"),
            (',', _) => new Token(TokenKind.Comma, start, ","),
            ('.', _) => new Token(TokenKind.Dot, start, "."),
            ('+', _) => new Token(TokenKind.Plus, start, "+"),
            ('-', _) => new Token(TokenKind.Minus, start, "-"),
            ('*', _) => new Token(TokenKind.Star, start, "*"),
            ('/', _) => new Token(TokenKind.Slash, start, "/"),
            ('=', _) => throw new SyntaxError(start, "Unexpected '='. Use '==' to compare."),
            ('&', '&') => throw new SyntaxError(start, "Unexpected '&&'. Use 'and'."),
            ('|', '|') => throw new SyntaxError(start, "Unexpected '||'. Use 'or'."),
            ('!', _) => throw new SyntaxError(start, "Unexpected '!'. Use 'not'."),
            _ => throw new SyntaxError(start, $"Unexpected character '{c}'."),
        };
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static Token ReadIdentifier(string text, int start)
    {
        var i = start;
        if (text[i] == '$')
        {
            i++;
            if (i >= text.Length || !IsIdentifierStart(text[i]))
                throw new SyntaxError(start, "Expected a name after '$'.");
        }
        while (i < text.Length && IsIdentifierPart(text[i])) i++;
        var word = text[start..i];
        return Keywords.TryGetValue(word, out var keyword)
            ? new Token(keyword, start, word)
            : new Token(TokenKind.Identifier, start, word);
    }

    private static Token ReadNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        var literal = text[start..i];
        if (!decimal.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new SyntaxError(start, $"The number {literal} is too large.");
        return new Token(TokenKind.Number, start, literal, value);
    }

    private static Token ReadString(string text, int start)
    {
        var quote = text[start];
        var value = new StringBuilder();
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\')
            {
                var escaped = i + 1 < text.Length ? text[i + 1] : '\0';
                if (escaped is not ('\'' or '"' or '\\'))
                    throw new SyntaxError(i, @"Unknown escape in text. Only \', \"" and \\ are allowed.");
                value.Append(escaped);
                i += 2;
                continue;
            }
            value.Append(text[i]);
            i++;
        }
        if (i >= text.Length) throw new SyntaxError(start, $"Text starting here is never closed with {quote}.");
        return new Token(TokenKind.String, start, text[start..(i + 1)], value.ToString());
    }
}
