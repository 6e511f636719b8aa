using FormEngine.Diagnostics;
using FormEngine.Expressions;

namespace FormEngine.Forms.Compilation;

/// <summary>
/// Orders fields so that each one's relevance and computed value are decided after everything they read,
/// and reports cycles and references to later pages (a resident cannot answer those yet).
/// </summary>
internal sealed class DependencyGraph
{
    private readonly IReadOnlyList<CompiledField> _fields;
    private readonly Dictionary<string, CompiledField> _byPath;
    private readonly DiagnosticBag _diagnostics;

    public DependencyGraph(IReadOnlyList<CompiledField> fields, DiagnosticBag diagnostics)
    {
        _fields = fields;
        // A key used twice was reported already; the first field of that path is the one expressions resolve to.
        _byPath = [];
        foreach (var field in fields) _byPath.TryAdd(field.Path, field);
        _diagnostics = diagnostics;
    }

    /// <summary>The field an expression reference reads: a column <c>a[*].b</c> reads field <c>a[].b</c>.</summary>
    public CompiledField? FieldOf(Symbol symbol) =>
        symbol.Id.StartsWith('$') ? null : _byPath.GetValueOrDefault(symbol.Id.Replace("[*]", "[]", StringComparison.Ordinal));

    public void CheckPages(IReadOnlyList<CompiledPage> pages)
    {
        foreach (var page in pages)
            foreach (var symbol in page.VisibleWhen?.References ?? [])
                if (FieldOf(symbol) is { } read && read.Page.Index >= page.Index)
                    _diagnostics.Report(DiagnosticCodes.ForwardReference, page.Definition.VisibleWhen!.Start,
                        $"Page '{page.Key}' depends on '{read.Path}', which is asked {(read.Page == page ? "on the same page" : $"on the later page '{read.Page.Key}'")}: a page can only depend on earlier pages.");
    }

    public void CheckForwardReferences()
    {
        foreach (var field in _fields)
            foreach (var (expression, where) in Conditions(field))
                foreach (var symbol in expression.References)
                    if (FieldOf(symbol) is { } read && read.Page.Index > field.Page.Index)
                        _diagnostics.Report(DiagnosticCodes.ForwardReference, where,
                            $"'{field.Path}' depends on '{read.Path}', which is asked on the later page '{read.Page.Key}'.");
    }

    private static IEnumerable<(CompiledExpression, SourceSpan)> Conditions(CompiledField field)
    {
        var d = field.Definition;
        if (field.VisibleWhen is not null) yield return (field.VisibleWhen, d.VisibleWhen!.Start);
        if (field.RequiredWhen is not null) yield return (field.RequiredWhen, d.Required.Condition!.Start);
        if (field.ReadOnlyWhen is not null) yield return (field.ReadOnlyWhen, d.ReadOnly.Condition!.Start);
        if (field.Compute is not null) yield return (field.Compute, d.Compute!.Start);
    }

    /// <summary>What must be decided before <paramref name="field"/>: its container and what its relevance or value reads.</summary>
    private IEnumerable<CompiledField> DependenciesOf(CompiledField field)
    {
        if (field.Parent is not null) yield return field.Parent;
        var reads = (field.VisibleWhen?.References ?? []).Concat(field.Compute?.References ?? []).Concat(field.ReadOnlyWhen?.References ?? []);
        foreach (var symbol in reads)
            if (FieldOf(symbol) is { } read) yield return read;
        // A page reading its own or a later page was reported by CheckPages: do not report it again as a cycle.
        if (field.Parent is null)
            foreach (var symbol in field.Page.VisibleWhen?.References ?? [])
                if (FieldOf(symbol) is { } read && read.Page.Index < field.Page.Index) yield return read;
    }

    /// <returns>Fields in evaluation order; on a cycle it is reported and the order is still complete.</returns>
    public List<CompiledField> Order()
    {
        var order = new List<CompiledField>();
        var state = new Dictionary<CompiledField, bool>(); // false = on the current path, true = done
        var path = new Stack<CompiledField>();
        foreach (var field in _fields) Visit(field, order, state, path);
        return order;
    }

    private void Visit(CompiledField field, List<CompiledField> order, Dictionary<CompiledField, bool> state, Stack<CompiledField> path)
    {
        if (state.TryGetValue(field, out var done))
        {
            if (!done) ReportCycle(field, path);
            return;
        }
        state[field] = false;
        path.Push(field);
        foreach (var dependency in DependenciesOf(field).Distinct())
            Visit(dependency, order, state, path);
        path.Pop();
        state[field] = true;
        order.Add(field);
    }

    private void ReportCycle(CompiledField start, Stack<CompiledField> path)
    {
        var members = path.TakeWhile(f => f != start).Reverse().Prepend(start).ToList();
        // Point at the expression that closes the cycle; when that step is a container holding its child, at the
        // next expression along the cycle instead.
        var spans = Enumerable.Range(0, members.Count)
            .Select(i => ReadSpan(members[(i + members.Count - 1) % members.Count], members[i]));
        var span = spans.FirstOrDefault(s => s is not null) ?? members[^1].Definition.Span;
        _diagnostics.Report(DiagnosticCodes.Cycle, span,
            $"Circular dependency: {string.Join(" -> ", members.Append(start).Select(f => f.Path))}.");
    }

    /// <summary>Where <paramref name="field"/>'s own expressions read <paramref name="read"/>; null when it does not (e.g. it is the container).</summary>
    private SourceSpan? ReadSpan(CompiledField field, CompiledField read)
    {
        var d = field.Definition;
        (CompiledExpression?, SourceSpan?)[] expressions =
            [(field.VisibleWhen, d.VisibleWhen?.Start), (field.Compute, d.Compute?.Start), (field.ReadOnlyWhen, d.ReadOnly.Condition?.Start)];
        foreach (var (expression, span) in expressions)
            if (expression is not null && expression.References.Any(s => FieldOf(s) == read)) return span;
        return null;
    }
}
