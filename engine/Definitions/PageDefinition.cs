using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

public sealed record PageDefinition(
    string Key,
    LocalizedText Title,
    LocalizedText? Intro,
    ExpressionText? VisibleWhen,
    IReadOnlyList<FieldDefinition> Fields,
    SourceSpan Span);
