namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// The variables an expression can see: the definition's, its root flowchart's, and those of every flowchart it
/// is nested in. Elsa refers to a variable by name or by id.
/// </summary>
internal sealed class VariableScope(VariableScope? parent = null)
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public void Declare(string name, string? id)
    {
        _names.Add(name);
        if (!string.IsNullOrEmpty(id)) _ids.Add(id);
    }

    public bool HasName(string name) => _names.Contains(name) || parent?.HasName(name) == true;

    public bool HasNameOrId(string nameOrId) =>
        _names.Contains(nameOrId) || _ids.Contains(nameOrId) || parent?.HasNameOrId(nameOrId) == true;

    public IEnumerable<string> Names => parent is null ? _names : _names.Concat(parent.Names);
}
