using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>One option of a choice list: a stable code, separate from its label, and an optional filter.</summary>
public sealed record ChoiceDefinition(string Code, LocalizedText Label, LocalizedText? Hint, ExpressionText? VisibleWhen, SourceSpan Span);

/// <summary>A choice list declared once under <c>lists:</c> and shared by fields.</summary>
public sealed record ChoiceListDefinition(string Name, IReadOnlyList<ChoiceDefinition> Choices, SourceSpan Span);

/// <summary>A choice list supplied from outside at render and validation time (clinic offer, resident data).</summary>
public sealed record ExternalListDefinition(string Name, LocalizedText? Description, SourceSpan Span);
