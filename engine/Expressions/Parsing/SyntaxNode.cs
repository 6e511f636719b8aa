namespace FormEngine.Expressions.Parsing;

/// <summary>The untyped tree the parser builds; the binder turns it into <see cref="Expr"/> nodes.</summary>
internal abstract record SyntaxNode(int Offset);

internal sealed record LiteralSyntax(object? Value, int Offset) : SyntaxNode(Offset);

/// <summary>A dotted reference such as <c>$resident.personnummer</c>; '$' stays on the first segment.</summary>
internal sealed record NameSyntax(IReadOnlyList<string> Path, int Offset) : SyntaxNode(Offset)
{
    public string Dotted => string.Join('.', Path);
}

internal sealed record UnarySyntax(UnaryOp Op, SyntaxNode Operand, int Offset) : SyntaxNode(Offset);

internal sealed record BinarySyntax(BinaryOp Op, SyntaxNode Left, SyntaxNode Right, int OperatorOffset)
    : SyntaxNode(Left.Offset);

internal sealed record CallSyntax(string Name, IReadOnlyList<SyntaxNode> Args, int Offset) : SyntaxNode(Offset);

internal sealed record ListSyntax(IReadOnlyList<SyntaxNode> Items, int Offset) : SyntaxNode(Offset);
