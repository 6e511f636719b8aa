namespace FormEngine.Workflows.Expressions;

/// <summary>An expression could not be evaluated; the runtime turns it into an incident with <see cref="Code"/>.</summary>
public sealed class ExpressionException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public const string Unsupported = "UnsupportedExpression";
    public const string Failed = "ExpressionFailed";

    public string Code { get; } = code;
}
