using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>
/// Who may use a form (<c>eligibility:</c>): a condition on the context only (<c>$resident.age &gt;= 16</c>), and
/// the message a resident who does not meet it reads instead of the form.
/// </summary>
public sealed record EligibilityDefinition(ExpressionText Condition, LocalizedText Message, SourceSpan Span);
