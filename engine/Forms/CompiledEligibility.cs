using FormEngine.Definitions;
using FormEngine.Expressions;

namespace FormEngine.Forms;

/// <summary>A form's compiled <c>eligibility:</c>: a boolean condition over the context, and what a resident who fails it reads.</summary>
public sealed record CompiledEligibility(CompiledExpression Condition, LocalizedText Message);
