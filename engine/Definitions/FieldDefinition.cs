using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>A field as written in YAML, before compilation. Properties a type does not use stay null.</summary>
public sealed record FieldDefinition
{
    public required string Key { get; init; }
    /// <summary>Empty when the author left <c>type</c> out (already reported); the compiler then uses a placeholder type.</summary>
    public required string Type { get; init; }
    public required SourceSpan Span { get; init; }
    public SourceSpan KeySpan { get; init; }
    public SourceSpan TypeSpan { get; init; }
    /// <summary>Where each property's name is written, so that a property in the wrong place is pointed at itself.</summary>
    public IReadOnlyDictionary<string, SourceSpan> PropertySpans { get; init; } = new Dictionary<string, SourceSpan>();
    public LocalizedText? Label { get; init; }
    public LocalizedText? Hint { get; init; }
    /// <summary>The static text of a <c>note</c>.</summary>
    public LocalizedText? Text { get; init; }
    public Flag Required { get; init; } = Flag.False;
    public Flag ReadOnly { get; init; } = Flag.False;
    public ExpressionText? VisibleWhen { get; init; }
    /// <summary>The expression of a <c>computed</c> or <c>hidden</c> field.</summary>
    public ExpressionText? Compute { get; init; }
    /// <summary>A context value (<c>$resident.personnummer</c>) that fills the field and locks it.</summary>
    public ExpressionText? Prefill { get; init; }
    public YamlScalar? Default { get; init; }
    public Sensitivity? Sensitivity { get; init; }
    public string? Autocomplete { get; init; }
    /// <summary>Type-specific settings (<c>display</c>, <c>rows</c>, <c>accept</c>, <c>max_size_mb</c>...), by name.</summary>
    public IReadOnlyDictionary<string, YamlScalar> Settings { get; init; } = new Dictionary<string, YamlScalar>();
    public IReadOnlyList<ChoiceDefinition>? Choices { get; init; }
    /// <summary>The name of a shared list (<c>lists:</c>) or an external list (<c>external_lists:</c>).</summary>
    public string? ChoicesFrom { get; init; }
    public SourceSpan ChoicesFromSpan { get; init; }
    public IReadOnlyList<ValidatorDefinition> Validators { get; init; } = [];
    /// <summary>Children of a <c>group</c> or <c>repeat</c>.</summary>
    public IReadOnlyList<FieldDefinition>? Fields { get; init; }
    public int? MinCount { get; init; }
    public int? MaxCount { get; init; }
    public SourceSpan MinCountSpan { get; init; }
    /// <summary>Heading of each repeat row, e.g. "Hjälpmedel".</summary>
    public LocalizedText? ItemLabel { get; init; }
}
