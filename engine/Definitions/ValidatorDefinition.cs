using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>
/// One declarative check on a field: <c>min</c>, <c>max</c>, <c>min_length</c>, <c>max_length</c>, <c>pattern</c>,
/// <c>min_count</c>, <c>max_count</c>, <c>compare</c> or <c>rule</c>, each with its own optional message.
/// </summary>
public sealed record ValidatorDefinition(string Kind, string Argument, ExpressionText? Expression, LocalizedText? Message, SourceSpan Span)
{
    public static readonly IReadOnlyList<string> Kinds =
        ["min", "max", "min_length", "max_length", "pattern", "min_count", "max_count", "compare", "rule"];
}
