using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

/// <summary>A flat symbol table and value source keyed by the dotted path, like a form without scopes.</summary>
internal sealed class TestSymbols(DateOnly today) : ISymbolTable, IValueSource
{
    private readonly Dictionary<string, Symbol> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public DateOnly Today { get; } = today;

    public TestSymbols Add(string id, ExprType type, object? value = null, IReadOnlyList<string>? allowed = null)
    {
        _symbols[id] = new Symbol(id, type, allowed);
        _values[id] = value;
        return this;
    }

    public Symbol? Resolve(IReadOnlyList<string> path) => _symbols.GetValueOrDefault(string.Join('.', path));

    public IEnumerable<string> NamesNear(IReadOnlyList<string> path) => _symbols.Keys;

    public object? Get(Symbol symbol) => _values.GetValueOrDefault(symbol.Id);
}
