namespace FormEngine.Expressions;

/// <summary>The host's answer to "what does this name mean here?". Scoping (repeats, context values) is the host's business.</summary>
public interface ISymbolTable
{
    /// <param name="path">Segments as written; a leading '$' stays on the first segment (<c>["$resident", "age"]</c>).</param>
    Symbol? Resolve(IReadOnlyList<string> path);

    /// <summary>Candidate spellings (full dotted strings) for the "Did you mean" hint of an unknown name.</summary>
    IEnumerable<string> NamesNear(IReadOnlyList<string> path);
}
