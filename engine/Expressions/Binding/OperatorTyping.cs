namespace FormEngine.Expressions.Binding;

/// <summary>The type rules of the operators. Mismatches are reported at the operator; the result type is still returned.</summary>
internal static class OperatorTyping
{
    public static ExprType Unary(UnaryOp op, Expr operand, int offset, Reporter reporter)
    {
        if (op == UnaryOp.Not)
        {
            RequireCondition(operand, "'not'", reporter);
            return ExprType.Boolean;
        }
        if (!operand.Type.IsAssignableTo(ExprType.Number))
            reporter.TypeMismatch(offset, $"'-' needs a Number but this is {operand.Type}.");
        return ExprType.Number;
    }

    public static ExprType Binary(BinaryOp op, Expr left, Expr right, int offset, Reporter reporter)
    {
        switch (op)
        {
            case BinaryOp.And or BinaryOp.Or:
                RequireCondition(left, $"'{OperatorText.Of(op)}'", reporter);
                RequireCondition(right, $"'{OperatorText.Of(op)}'", reporter);
                return ExprType.Boolean;
            case BinaryOp.Equal or BinaryOp.NotEqual:
                if (!left.Type.IsComparableWith(right.Type)) CannotCompare(left, right, offset, reporter);
                ChoiceCodes.Check(left, right, reporter);
                ChoiceCodes.Check(right, left, reporter);
                return ExprType.Boolean;
            case BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual:
                CheckOrdering(op, left, right, offset, reporter);
                return ExprType.Boolean;
            case BinaryOp.In or BinaryOp.NotIn:
                CheckMembership(op, left, right, offset, reporter);
                return ExprType.Boolean;
            default:
                return Arithmetic(op, left.Type, right.Type, offset, reporter);
        }
    }

    private static void RequireCondition(Expr operand, string what, Reporter reporter)
    {
        if (!operand.Type.IsAssignableTo(ExprType.Boolean))
            reporter.TypeMismatch(operand.Offset, $"{what} needs a condition (true/false) but this is {operand.Type}.");
    }

    private static void CannotCompare(Expr left, Expr right, int offset, Reporter reporter)
    {
        // The commonest cause: a date compared with a quoted date.
        var hint = (left.Type.Kind, right.Type.Kind) is (TypeKind.Date, TypeKind.Text) or (TypeKind.Text, TypeKind.Date)
            ? " Write a date as date('yyyy-MM-dd')."
            : "";
        reporter.TypeMismatch(offset, $"Cannot compare {left.Type} with {right.Type}.{hint}");
    }

    private static void CheckOrdering(BinaryOp op, Expr left, Expr right, int offset, Reporter reporter)
    {
        if (!left.Type.IsComparableWith(right.Type))
        {
            CannotCompare(left, right, offset, reporter);
            return;
        }
        var known = left.Type.IsOpen ? right.Type : left.Type;
        if (!known.IsOpen && !known.IsOrdered)
            reporter.TypeMismatch(offset, $"'{OperatorText.Of(op)}' cannot order {known} values.");
    }

    private static void CheckMembership(BinaryOp op, Expr item, Expr container, int offset, Reporter reporter)
    {
        var type = container.Type;
        if (!type.IsOpen && !type.IsList && type.Kind != TypeKind.Text)
        {
            reporter.TypeMismatch(container.Offset,
                $"'{OperatorText.Of(op)}' needs a List or a Text on the right but this is {type}.");
            return;
        }
        var element = type.IsList ? type.Element! : type;
        if (!item.Type.IsComparableWith(element))
            reporter.TypeMismatch(offset, $"Cannot look for {item.Type} in {type}.");
        ChoiceCodes.Check(container, item, reporter);
        // 'reason in "abc"' is a substring test, so only a list literal holds choice codes.
        ChoiceCodes.Check(item, container, reporter, listLiteralOnly: true);
    }

    private static ExprType Arithmetic(BinaryOp op, ExprType left, ExprType right, int offset, Reporter reporter)
    {
        var result = (op, left.Kind, right.Kind) switch
        {
            (_, TypeKind.Number, TypeKind.Number) => ExprType.Number,
            (BinaryOp.Add, TypeKind.Date, TypeKind.Number) or (BinaryOp.Add, TypeKind.Number, TypeKind.Date) => ExprType.Date,
            (BinaryOp.Subtract, TypeKind.Date, TypeKind.Number) => ExprType.Date,
            (BinaryOp.Subtract, TypeKind.Date, TypeKind.Date) => ExprType.Number,
            _ => null,
        };
        if (result is not null) return result;
        if (left.IsOpen || right.IsOpen)
        {
            var known = left.IsOpen ? right : left;
            if (known.IsOpen) return ExprType.Any;
            if (known.Kind == TypeKind.Number) return left.Kind == TypeKind.Null || right.Kind == TypeKind.Null ? ExprType.Number : ExprType.Any;
            if (known.Kind == TypeKind.Date && op is BinaryOp.Add or BinaryOp.Subtract) return ExprType.Any;
        }
        reporter.TypeMismatch(offset, $"Cannot apply '{OperatorText.Of(op)}' to {left} and {right}.");
        return ExprType.Any;
    }
}
