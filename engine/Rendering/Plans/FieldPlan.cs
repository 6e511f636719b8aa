using System.Collections.Concurrent;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Rendering.Templates;

namespace FormEngine.Rendering.Plans;

/// <summary>
/// Everything about one field that does not change between requests in one language: its template parts,
/// its plain label, the id and name when they are fixed (outside repeats), and whether the script shows it.
/// </summary>
internal sealed class FieldPlan
{
    // External lists are per clinic, so a handful of variants covers real use; past this we render uncached.
    private const int MaxCachedVariants = 64;

    private readonly Func<IReadOnlyList<CompiledChoice>?, FieldVariant> _build;
    private readonly ConcurrentDictionary<string, FieldVariant> _variants = new(StringComparer.Ordinal);
    private readonly FieldVariant? _static;

    public FieldPlan(CompiledField field, IReadOnlyList<FieldPlan> children, bool showsOnPage, string label, bool hasHint,
        TemplateParts rowParts, Func<IReadOnlyList<CompiledChoice>?, FieldVariant> build)
    {
        Field = field;
        Children = children;
        ShowsOnPage = showsOnPage;
        Label = label;
        RowParts = rowParts;
        _build = build;
        if (!field.HasDynamicChoices) _static = build(null);
        if (!field.InRepeat) FixedId = Html.IdOf(field.Path);
        HasHint = hasHint;
    }

    public CompiledField Field { get; }
    public IReadOnlyList<FieldPlan> Children { get; }

    /// <summary>Rendered whatever its condition says now; the browser script hides it (see <see cref="ClientLogic"/>).</summary>
    public bool ShowsOnPage { get; }

    /// <summary>The label as plain text, for the error summary and the answers page (escape before use).</summary>
    public string Label { get; }

    /// <summary>The row template of a repeat, cut into parts; empty for other types.</summary>
    public TemplateParts RowParts { get; }

    /// <summary>The element id when the field is outside every repeat; null when it depends on the row.</summary>
    public string? FixedId { get; }

    public bool HasHint { get; }

    public bool IsRepeat => Field.Type.Shape == ValueShape.Repeat;

    /// <summary>The parts for the options offered now. Fields with fixed choices have one variant for ever.</summary>
    public FieldVariant Variant(IReadOnlyList<CompiledChoice>? offered)
    {
        if (_static is not null) return _static;
        var key = Signature(offered ?? []);
        if (_variants.TryGetValue(key, out var cached)) return cached;
        var variant = _build(offered);
        if (_variants.Count < MaxCachedVariants) _variants.TryAdd(key, variant);
        return variant;
    }

    private static string Signature(IReadOnlyList<CompiledChoice> choices) =>
        string.Join('\u001f', choices.Select(c => c.Code + '\u001e' + string.Join('\u001e', c.Label.Languages.Select(l => c.Label.In(l))) +
                                                 '\u001e' + c.Hint?.ToString()));
}
