namespace FormEngine.Expressions.Parsing;

/// <summary>
/// Recursive descent, one method per precedence level from low to high:
/// or → and → not → comparison (non-associative) → additive → multiplicative → unary minus → primary.
/// Throws <see cref="SyntaxError"/> at the first problem.
/// </summary>
internal sealed partial class Parser
{
    // Limits keep a pathological expression from exhausting the stack in the parser, binder or evaluator.
    private const int MaxTokens = 2000;
    private const int MaxNesting = 64;

    private readonly List<Token> _tokens;
    private int _position;
    private int _nesting;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static SyntaxNode Parse(string text)
    {
        var parser = new Parser(Lexer.Tokenize(text));
        if (parser._tokens.Count > MaxTokens)
            throw new SyntaxError(0, $"The expression is too long (over {MaxTokens} parts); split it up with computed fields.");
        if (parser.Current.Kind == TokenKind.End) throw new SyntaxError(0, "The expression is empty.");
        var node = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End) throw parser.Unexpected("an operator or the end of the expression");
        return node;
    }

    private Token Current => _tokens[_position];

    private Token Peek => _tokens[Math.Min(_position + 1, _tokens.Count - 1)];

    private Token Advance() => _tokens[_position++];

    private Token Expect(TokenKind kind, string what) =>
        Current.Kind == kind ? Advance() : throw Unexpected(what);

    private SyntaxError Unexpected(string expected) =>
        new(Current.Offset, $"Unexpected {Current.Describe()}; expected {expected}.");

    private SyntaxNode ParseOr()
    {
        Enter();
        var left = ParseAnd();
        while (Current.Kind == TokenKind.Or)
        {
            var op = Advance();
            left = new BinarySyntax(BinaryOp.Or, left, ParseAnd(), op.Offset);
        }
        _nesting--;
        return left;
    }

    private void Enter()
    {
        if (++_nesting > MaxNesting) throw new SyntaxError(Current.Offset, "The expression is nested too deeply.");
    }

    private SyntaxNode ParseAnd()
    {
        var left = ParseNot();
        while (Current.Kind == TokenKind.And)
        {
            var op = Advance();
            left = new BinarySyntax(BinaryOp.And, left, ParseNot(), op.Offset);
        }
        return left;
    }

    private SyntaxNode ParseNot()
    {
        if (Current.Kind != TokenKind.Not) return ParseComparison();
        var op = Advance();
        Enter();
        var operand = ParseNot();
        _nesting--;
        return new UnarySyntax(UnaryOp.Not, operand, op.Offset);
    }

    private SyntaxNode ParseComparison()
    {
        var left = ParseAdditive();
        if (!TryComparisonOperator(out var op, out var offset)) return left;
        var node = new BinarySyntax(op, left, ParseAdditive(), offset);
        // Non-associative: 'a < b < c' almost always means 'a < b and b < c', so say so instead of guessing.
        if (TryComparisonOperator(out _, out var second))
            throw new SyntaxError(second, "Comparisons cannot be chained; combine them with 'and'.");
        return node;
    }

    private bool TryComparisonOperator(out BinaryOp op, out int offset)
    {
        offset = Current.Offset;
        BinaryOp? found = Current.Kind switch
        {
            TokenKind.EqualEqual => BinaryOp.Equal,
            TokenKind.NotEqual => BinaryOp.NotEqual,
            TokenKind.Less => BinaryOp.Less,
            TokenKind.LessOrEqual => BinaryOp.LessOrEqual,
            TokenKind.Greater => BinaryOp.Greater,
            TokenKind.GreaterOrEqual => BinaryOp.GreaterOrEqual,
            TokenKind.In => BinaryOp.In,
            TokenKind.Not => BinaryOp.NotIn,
            _ => null,
        };
        op = found ?? default;
        if (found is null) return false;
        if (found == BinaryOp.NotIn)
        {
            if (Peek.Kind != TokenKind.In)
            {
                Advance();
                throw Unexpected("'in' after 'not'");
            }
            Advance();
        }
        Advance();
        return true;
    }

    private SyntaxNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            var kind = op.Kind == TokenKind.Plus ? BinaryOp.Add : BinaryOp.Subtract;
            left = new BinarySyntax(kind, left, ParseMultiplicative(), op.Offset);
        }
        return left;
    }

    private SyntaxNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance();
            var kind = op.Kind == TokenKind.Star ? BinaryOp.Multiply : BinaryOp.Divide;
            left = new BinarySyntax(kind, left, ParseUnary(), op.Offset);
        }
        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus) return ParsePrimary();
        var op = Advance();
        Enter();
        var operand = ParseUnary();
        _nesting--;
        return new UnarySyntax(UnaryOp.Negate, operand, op.Offset);
    }
}
