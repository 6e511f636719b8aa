namespace FormEngine.Expressions.Parsing;

/// <summary>
/// Thrown inside the parser only, to abandon an expression at its first syntax error; after one error the rest
/// of the text would only produce noise. Never escapes <see cref="ExpressionCompiler"/>.
/// </summary>
internal sealed class SyntaxError(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}
