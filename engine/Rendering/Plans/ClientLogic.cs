using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Rendering.Plans;

/// <summary>
/// Decides, once per form, what the browser script may do on a page. A field whose <c>visible_when</c> reads an
/// answer given on the same page is always rendered (so the page works without JavaScript) and carries its
/// condition as a JSON tree in <c>data-fe-when</c>; the script hides it while the condition is false. Values the
/// script cannot read from the page (other pages, server-owned fields, the resident) travel in
/// <c>data-fe-values</c> on the form.
/// </summary>
internal sealed class ClientLogic
{
    private readonly CompiledForm _form;

    public ClientLogic(CompiledForm form) => _form = form;

    /// <summary>True when a resident's answer on the field's own page decides whether the field is shown.</summary>
    public bool ShowsOnPage(CompiledField field) =>
        field.VisibleWhen is { } when && when.References.Any(s => IsLive(s, field.Page));

    /// <summary>An answer the resident gives on <paramref name="page"/>, which the script reads from the inputs.</summary>
    public bool IsLive(Symbol symbol, CompiledPage page) =>
        FieldOf(symbol) is { } field && field.Page == page && !field.IsServerOwned;

    /// <summary>The expressions the script evaluates on a page: conditions of on-page fields and computed values.</summary>
    public IEnumerable<CompiledExpression> ExpressionsOn(CompiledPage page)
    {
        foreach (var field in page.Fields.SelectMany(f => f.SelfAndDescendants()))
        {
            if (ShowsOnPage(field)) yield return field.VisibleWhen!;
            if (field.Compute is not null && field.Type is not HiddenFieldType) yield return field.Compute;
        }
    }

    /// <summary>Symbols the script needs but cannot read from the page; their values are sent with the page.</summary>
    public IReadOnlyList<Symbol> ValuesFor(CompiledPage page) =>
        [.. ExpressionsOn(page).SelectMany(e => e.References).Where(s => !IsLive(s, page)).DistinctBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary><c>data-fe-when</c> and <c>data-fe-type</c> for a field's wrapper (escaped), or "".</summary>
    public string Attributes(CompiledField field)
    {
        var attributes = "";
        if (ShowsOnPage(field))
            attributes += $" data-fe-when=\"{Html.Encode(ExpressionJson.ToJson(field.VisibleWhen!.Syntax))}\"";
        var read = ExpressionsOn(field.Page).SelectMany(e => e.References).Any(s => FieldOf(s) == field);
        if (read && !field.IsServerOwned) attributes += $" data-fe-type=\"{TypeName(field)}\"";
        return attributes;
    }

    private CompiledField? FieldOf(Symbol symbol) =>
        symbol.Id.StartsWith('$') ? null : _form.FindField(symbol.Id.Replace("[*]", "[]", StringComparison.Ordinal));

    /// <summary>How the script reads the field's inputs: as a number, a boolean, a list of ticked codes, repeat rows or text.</summary>
    private static string TypeName(CompiledField field) => field.Type.Shape == ValueShape.Repeat ? "rows" : field.Symbol.Type.Kind switch
    {
        TypeKind.Number => "number",
        TypeKind.Boolean => "boolean",
        TypeKind.List => "list",
        _ => "text",
    };
}
