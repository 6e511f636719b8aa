using FormEngine.Diagnostics;
using FormEngine.Expressions.Functions;
using FormEngine.Expressions.Parsing;

namespace FormEngine.Expressions.Binding;

/// <summary>
/// Resolves names and functions and types every node. Reports every problem it finds; a node in error gets type Any
/// so that one mistake does not cascade into a page of follow-up errors.
/// </summary>
internal sealed class Binder(ISymbolTable symbols, Reporter reporter)
{
    public Expr Bind(SyntaxNode node) => node switch
    {
        LiteralSyntax literal => BindLiteral(literal),
        NameSyntax name => BindName(name),
        UnarySyntax unary => BindUnary(unary),
        BinarySyntax binary => BindBinary(binary),
        CallSyntax call => BindCall(call),
        ListSyntax list => BindList(list),
        _ => throw new InvalidOperationException($"Unknown syntax node {node.GetType().Name}."),
    };

    private static Literal BindLiteral(LiteralSyntax literal) => new(literal.Value, literal.Offset, literal.Value switch
    {
        null => ExprType.Null,
        bool => ExprType.Boolean,
        decimal => ExprType.Number,
        _ => ExprType.Text,
    });

    private Expr BindName(NameSyntax name)
    {
        var symbol = symbols.Resolve(name.Path);
        if (symbol is not null) return new Reference(symbol, name.Offset);
        var kind = name.Path[0].StartsWith('$') ? "context value" : "field";
        reporter.Report(DiagnosticCodes.UnknownReference, name.Offset,
            $"Unknown {kind} '{name.Dotted}'.{DidYouMean.Suggest(name.Dotted, symbols.NamesNear(name.Path))}");
        return new Reference(new Symbol(name.Dotted, ExprType.Any), name.Offset);
    }

    private Unary BindUnary(UnarySyntax unary)
    {
        var operand = Bind(unary.Operand);
        return new Unary(unary.Op, operand, unary.Offset, OperatorTyping.Unary(unary.Op, operand, unary.Offset, reporter));
    }

    private Binary BindBinary(BinarySyntax binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        var type = OperatorTyping.Binary(binary.Op, left, right, binary.OperatorOffset, reporter);
        return new Binary(binary.Op, left, right, binary.Offset, binary.OperatorOffset, type);
    }

    private Call BindCall(CallSyntax call)
    {
        var args = call.Args.Select(Bind).ToList();
        var function = FunctionRegistry.Find(call.Name);
        if (function is null)
        {
            reporter.Report(DiagnosticCodes.UnknownFunction, call.Offset,
                $"Unknown function '{call.Name}'.{DidYouMean.Suggest(call.Name, FunctionRegistry.Names)}");
            return new Call(call.Name, args, call.Offset, ExprType.Any);
        }
        if (args.Count < function.MinArgs || args.Count > function.MaxArgs)
        {
            reporter.Report(DiagnosticCodes.ArgumentCount, call.Offset,
                $"'{call.Name}' takes {Arity(function)} but is given {args.Count}.");
            return new Call(call.Name, args, call.Offset, ExprType.Any);
        }
        var type = function.Check(new FunctionCheck(call.Name, args, reporter));
        return new Call(call.Name, args, call.Offset, type);
    }

    private static string Arity(ExprFunction function)
    {
        var (min, max) = (function.MinArgs, function.MaxArgs);
        var count = min == max ? $"{min}" : $"{min} or {max}";
        return $"{count} argument{(max == 1 ? "" : "s")}";
    }

    private ListExpr BindList(ListSyntax list)
    {
        var items = list.Items.Select(Bind).ToList();
        var element = ExprType.Null;
        foreach (var item in items)
        {
            if (item.Type.Kind == TypeKind.Null) continue;
            if (element.Kind == TypeKind.Null) element = item.Type;
            else if (!item.Type.IsComparableWith(element))
                reporter.TypeMismatch(item.Offset, $"All items of a list must have the same type, but this is {item.Type} and an earlier one {element}.");
            else if (item.Type.Kind == TypeKind.Any) element = ExprType.Any;
        }
        if (items.Count == 0) element = ExprType.Any;
        return new ListExpr(items, list.Offset, ExprType.ListOf(element));
    }
}
