using FormEngine.Definitions;
using FormEngine.Expressions;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Forms;

/// <summary>A field with its type resolved and its expressions compiled. Immutable once the form is compiled.</summary>
public sealed class CompiledField
{
    public required FieldDefinition Definition { get; init; }
    public required FieldType Type { get; init; }
    public required CompiledPage Page { get; init; }
    public CompiledField? Parent { get; init; }
    /// <summary>
    /// The field's path pattern: keys joined by '.', with <c>[]</c> after each repeat, e.g. <c>packages[].count</c>.
    /// It is also the <see cref="Symbol"/> id that expressions use.
    /// </summary>
    public required string Path { get; init; }
    public List<CompiledField> Children { get; } = [];

    public Symbol Symbol { get; set; } = null!;
    public CompiledExpression? VisibleWhen { get; set; }
    public CompiledExpression? RequiredWhen { get; set; }
    public CompiledExpression? ReadOnlyWhen { get; set; }
    public CompiledExpression? Compute { get; set; }
    public CompiledExpression? Prefill { get; set; }
    public IReadOnlyList<CompiledChoice>? Choices { get; set; }
    /// <summary>The external list (clinic offer, resident data) that supplies the choices at request time.</summary>
    public string? ExternalList { get; set; }
    public List<CompiledValidator> Validators { get; } = [];
    public Sensitivity Sensitivity { get; set; }

    public string Key => Definition.Key;
    public LocalizedText? Label => Definition.Label;
    public bool AlwaysRequired => Definition.Required.Constant;
    public bool AlwaysReadOnly => Definition.ReadOnly.Constant || Prefill is not null;
    /// <summary>The server sets the value: computed, hidden, note and prefilled fields.</summary>
    public bool IsServerOwned => Type.IsServerOwned || Prefill is not null;
    public bool IsRequiredSomehow => AlwaysRequired || RequiredWhen is not null;
    public bool HasDynamicChoices => ExternalList is not null || (Choices?.Any(c => c.VisibleWhen is not null) ?? false);
    public bool InRepeat => Path.Contains("[]", StringComparison.Ordinal);

    /// <summary>The containers from the top down, this field excluded.</summary>
    public IEnumerable<CompiledField> Ancestors()
    {
        var chain = new List<CompiledField>();
        for (var p = Parent; p is not null; p = p.Parent) chain.Add(p);
        chain.Reverse();
        return chain;
    }

    public IEnumerable<CompiledField> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var f in child.SelfAndDescendants())
                yield return f;
    }

    public override string ToString() => Path;
}
