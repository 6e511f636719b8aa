namespace FormEngine.Workflows.Expressions;

/// <summary>Elsa's expression type names, as they appear in <c>expression.type</c>.</summary>
public static class ExpressionTypes
{
    public const string Literal = "Literal";
    public const string Object = "Object";
    public const string Variable = "Variable";
    public const string Input = "Input";
    public const string JavaScript = "JavaScript";
    public const string Liquid = "Liquid";

    /// <summary>Exist in Elsa but need a compiler or interpreter we do not ship.</summary>
    public static readonly IReadOnlySet<string> Rejected = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "CSharp", "Python" };
}
