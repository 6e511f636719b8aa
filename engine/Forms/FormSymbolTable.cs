using FormEngine.Expressions;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Forms;

/// <summary>
/// Resolves references written inside one scope (the top level, a group, or a repeat row). A name is looked up
/// in the innermost scope first, so inside a repeat row <c>count</c> means this row's count; from outside,
/// <c>packages.count</c> is the column of all rows' counts (a list).
/// </summary>
internal sealed class FormSymbolTable(IReadOnlyList<CompiledField> topLevel, CompiledField? scope) : ISymbolTable
{
    public Symbol? Resolve(IReadOnlyList<string> path)
    {
        if (path.Count == 0) return null;
        if (path[0].StartsWith('$')) return ContextSymbols.Find(string.Join('.', path));
        foreach (var container in Scopes())
        {
            var first = Children(container).FirstOrDefault(f => f.Key == path[0]);
            if (first is not null) return Walk(first, path, 1, crossed: null);
        }
        return null;
    }

    public IEnumerable<string> NamesNear(IReadOnlyList<string> path)
    {
        var names = new List<string>();
        foreach (var container in Scopes())
            foreach (var field in Children(container))
                Collect(field, field.Key, names);
        names.AddRange(ContextSymbols.All.Select(s => s.Id));
        return names;
    }

    private static void Collect(CompiledField field, string name, List<string> names)
    {
        names.Add(name);
        foreach (var child in field.Children) Collect(child, $"{name}.{child.Key}", names);
    }

    /// <param name="crossed">The repeat entered from outside its rows, if any: the result is then a column.</param>
    private Symbol? Walk(CompiledField field, IReadOnlyList<string> path, int index, CompiledField? crossed)
    {
        if (index == path.Count)
        {
            if (crossed is null)
                return field.Type.Shape == ValueShape.Repeat ? new Symbol(field.Path, ExprType.ListOf(ExprType.Any)) : field.Symbol;
            var rows = crossed.Path + "[]";
            return new Symbol(crossed.Path + "[*]" + field.Path[rows.Length..], ExprType.ListOf(field.Symbol.Type));
        }
        var child = field.Children.FirstOrDefault(c => c.Key == path[index]);
        if (child is null) return null;
        if (field.Type.Shape == ValueShape.Repeat && !IsInside(field))
        {
            if (crossed is not null) return null; // a column of a column: nested repeats cannot be referenced from outside
            crossed = field;
        }
        return Walk(child, path, index + 1, crossed);
    }

    private bool IsInside(CompiledField container)
    {
        for (var s = scope; s is not null; s = s.Parent)
            if (s == container) return true;
        return false;
    }

    /// <summary>The scope itself, then each enclosing container, then the top level (null).</summary>
    private IEnumerable<CompiledField?> Scopes()
    {
        for (var s = scope; s is not null; s = s.Parent) yield return s;
        yield return null;
    }

    private IEnumerable<CompiledField> Children(CompiledField? container) => container?.Children ?? topLevel;
}
