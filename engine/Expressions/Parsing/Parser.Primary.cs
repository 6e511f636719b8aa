namespace FormEngine.Expressions.Parsing;

/// <summary>The operands: literals, list literals, calls, references and parenthesised expressions.</summary>
internal sealed partial class Parser
{
    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
            case TokenKind.String:
                Advance();
                return new LiteralSyntax(token.Value, token.Offset);
            case TokenKind.True:
            case TokenKind.False:
                Advance();
                return new LiteralSyntax(token.Kind == TokenKind.True, token.Offset);
            case TokenKind.Null:
                Advance();
                return new LiteralSyntax(null, token.Offset);
            case TokenKind.LeftBracket:
                return ParseList();
            case TokenKind.LeftParen:
                Advance();
                var inner = ParseOr();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Identifier:
                return Peek.Kind == TokenKind.LeftParen && !token.Text.StartsWith('$') ? ParseCall() : ParseName();
            default:
                throw Unexpected("a value, a field name or '('");
        }
    }

    private ListSyntax ParseList()
    {
        var open = Advance();
        var items = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.RightBracket)
        {
            items.Add(ParseOr());
            while (Current.Kind == TokenKind.Comma)
            {
                Advance();
                items.Add(ParseOr());
            }
        }
        Expect(TokenKind.RightBracket, "',' or ']'");
        return new ListSyntax(items, open.Offset);
    }

    private CallSyntax ParseCall()
    {
        var name = Advance();
        Advance(); // '('
        var args = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.RightParen)
        {
            args.Add(ParseOr());
            while (Current.Kind == TokenKind.Comma)
            {
                Advance();
                args.Add(ParseOr());
            }
        }
        Expect(TokenKind.RightParen, "',' or ')'");
        return new CallSyntax(name.Text, args, name.Offset);
    }

    private NameSyntax ParseName()
    {
        var first = Advance();
        var path = new List<string> { first.Text };
        while (Current.Kind == TokenKind.Dot)
        {
            Advance();
            var segment = Current;
            if (segment.Kind != TokenKind.Identifier || segment.Text.StartsWith('$')) throw Unexpected("a name after '.'");
            Advance();
            path.Add(segment.Text);
        }
        if (Current.Kind == TokenKind.LeftParen)
            throw new SyntaxError(first.Offset, $"'{string.Join('.', path)}' is not a function name.");
        return new NameSyntax(path, first.Offset);
    }
}
