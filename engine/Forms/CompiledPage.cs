using FormEngine.Definitions;
using FormEngine.Expressions;

namespace FormEngine.Forms;

public sealed class CompiledPage
{
    public required PageDefinition Definition { get; init; }
    public required int Index { get; init; }
    public CompiledExpression? VisibleWhen { get; set; }
    public List<CompiledField> Fields { get; } = [];

    public string Key => Definition.Key;
    public LocalizedText Title => Definition.Title;
}
