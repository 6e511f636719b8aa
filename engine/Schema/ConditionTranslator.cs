using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Schema;

/// <summary>
/// Turns a condition into a JSON Schema <c>if</c> when it only compares fields reachable from one object
/// (through groups) with constants. Anything else (functions, arithmetic, context values, other rows)
/// returns null and is checked in step 6 instead. Each translation means exactly what the expression
/// means on normalised data, invalid values included (they read as null in expressions).
/// </summary>
internal sealed class ConditionTranslator(Func<Symbol, CompiledField?> fieldOf)
{
    /// <param name="scope">The object the condition is evaluated on: null for the top level, a group, or a repeat (its rows).</param>
    public SchemaCondition? Translate(Expr expr, CompiledField? scope) => expr switch
    {
        Binary { Op: BinaryOp.And } b => Both(b, scope, items => new SchemaCondition.All(items)),
        Binary { Op: BinaryOp.Or } b => Both(b, scope, items => new SchemaCondition.Any(items)),
        Unary { Op: UnaryOp.Not } u => Translate(u.Operand, scope) is { } inner ? new SchemaCondition.Not(inner) : null,
        Reference r when r.Type == ExprType.Boolean => Path(r, scope) is { } p ? new SchemaCondition.Is(p, true) : null,
        Binary { Op: BinaryOp.Equal or BinaryOp.NotEqual } b => Equality(b, scope),
        Binary { Op: BinaryOp.Less or BinaryOp.LessOrEqual or BinaryOp.Greater or BinaryOp.GreaterOrEqual } b => Comparison(b, scope),
        Binary { Op: BinaryOp.In or BinaryOp.NotIn } b => Membership(b, scope),
        Call { Name: "is_set", Args: [Reference r] } => Presence(r, scope),
        Call { Name: "contains", Args: [Reference r, Literal { Value: string v }] } when r.Type.IsList => ListContains(r, v, scope),
        _ => null,
    };

    private SchemaCondition? Both(Binary b, CompiledField? scope, Func<IReadOnlyList<SchemaCondition>, SchemaCondition> combine) =>
        Translate(b.Left, scope) is { } l && Translate(b.Right, scope) is { } r ? combine([l, r]) : null;

    private SchemaCondition? Equality(Binary b, CompiledField? scope)
    {
        var (reference, literal) = Split(b);
        if (reference is null || literal is null || !IsScalar(reference.Type)) return null;
        var path = Path(reference, scope);
        if (path is null) return null;
        SchemaCondition equals = literal.Value is null
            ? new SchemaCondition.Not(new SchemaCondition.Present(path, Shape(reference.Type)))
            : new SchemaCondition.Is(path, literal.Value);
        return b.Op == BinaryOp.Equal ? equals : new SchemaCondition.Not(equals);
    }

    private SchemaCondition? Comparison(Binary b, CompiledField? scope)
    {
        var (reference, literal) = Split(b);
        if (reference is null || literal?.Value is not decimal value || reference.Type != ExprType.Number) return null;
        var path = Path(reference, scope);
        if (path is null) return null;
        var op = OperatorText.Of(b.Op);
        if (b.Left is Literal) op = op switch { "<" => ">", "<=" => ">=", ">" => "<", _ => "<=" };
        return new SchemaCondition.Compare(path, op, value);
    }

    private SchemaCondition? Membership(Binary b, CompiledField? scope)
    {
        SchemaCondition? positive = null;
        if (b.Left is Reference r && IsScalar(r.Type) && b.Right is ListExpr list &&
            list.Items.All(i => i is Literal { Value: string or decimal or bool }) && Path(r, scope) is { } p)
            positive = new SchemaCondition.OneOf(p, [.. list.Items.Select(i => ((Literal)i).Value!)]);
        else if (b.Left is Literal { Value: string v } && b.Right is Reference list2 && list2.Type.IsList)
            positive = ListContains(list2, v, scope);
        if (positive is null) return null;
        return b.Op == BinaryOp.In ? positive : new SchemaCondition.Not(positive);
    }

    private SchemaCondition? ListContains(Reference r, string value, CompiledField? scope) =>
        Path(r, scope) is { } p ? new SchemaCondition.Contains(p, value) : null;

    private SchemaCondition? Presence(Reference r, CompiledField? scope) =>
        (r.Type.IsList || IsScalar(r.Type) || r.Type is { Kind: TypeKind.Date or TypeKind.Time or TypeKind.DateTime }) && Path(r, scope) is { } p
            ? new SchemaCondition.Present(p, Shape(r.Type))
            : null;

    private static (Reference?, Literal?) Split(Binary b) => (b.Left, b.Right) switch
    {
        (Reference r, Literal l) => (r, l),
        (Literal l, Reference r) => (r, l),
        _ => (null, null),
    };

    private static bool IsScalar(ExprType type) => type == ExprType.Text || type == ExprType.Number || type == ExprType.Boolean;

    /// <summary>What a readable value of this expression type looks like in JSON.</summary>
    private static SchemaNode Shape(ExprType type) => type.Kind switch
    {
        TypeKind.Number => new() { Type = SchemaType.Number },
        TypeKind.Boolean => new() { Type = SchemaType.Boolean },
        TypeKind.Date => new() { Type = SchemaType.String, Format = Formats.Date },
        TypeKind.Time => new() { Type = SchemaType.String, Format = Formats.Time },
        TypeKind.DateTime => new() { Type = SchemaType.String, Format = Formats.LocalDateTime },
        TypeKind.List => new() { Type = SchemaType.Array, MinItems = 1 },
        _ => new() { Type = SchemaType.String },
    };

    /// <summary>Property names from <paramref name="scope"/>'s object to the field, through groups only.</summary>
    private IReadOnlyList<string>? Path(Reference reference, CompiledField? scope)
    {
        var field = fieldOf(reference.Symbol);
        if (field is null || reference.Symbol.Id.Contains("[*]", StringComparison.Ordinal) || field.Type is ComputedFieldType) return null;
        var steps = new List<string> { field.Key };
        for (var p = field.Parent; p != scope; p = p.Parent)
        {
            if (p is null || p.Type.Shape != ValueShape.Group) return null;
            steps.Insert(0, p.Key);
        }
        return steps;
    }
}
