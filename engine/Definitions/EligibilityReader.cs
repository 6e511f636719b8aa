using FormEngine.Definitions.Yaml;

namespace FormEngine.Definitions;

/// <summary>Reads a form's <c>eligibility:</c> block: <c>{condition: &lt;expression&gt;, message: {sv, en}}</c>.</summary>
internal static class EligibilityReader
{
    private static readonly string[] Properties = ["condition", "message"];

    /// <returns>The rule, or null when there is none or it lacks a part (reported).</returns>
    public static EligibilityDefinition? Read(MappingReader form)
    {
        var mapping = form.Mapping("eligibility");
        if (mapping is null) return null;
        var eligibility = new MappingReader(mapping, form.Diagnostics, Properties, "the eligibility");
        var condition = eligibility.Scalar("condition", required: true);
        var message = TextReader.Read(eligibility, "message", required: true);
        return condition is null || message is null ? null : new EligibilityDefinition(ExpressionReader.From(condition), message, mapping.Span);
    }
}
