using FormEngine.Definitions;
using FormEngine.Expressions;

namespace FormEngine.Forms;

/// <summary>A choice with its filter compiled; external lists produce these per request.</summary>
public sealed record CompiledChoice(string Code, LocalizedText Label, LocalizedText? Hint = null, CompiledExpression? VisibleWhen = null);
