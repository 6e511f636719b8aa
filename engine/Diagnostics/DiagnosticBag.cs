namespace FormEngine.Diagnostics;

/// <summary>Collects every problem found; compilation never stops at the first one.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Report(DiagnosticCode code, SourceSpan span, string message) =>
        _items.Add(new Diagnostic(code, code.DefaultSeverity, span, message));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Diagnostics in file order, so that authors read them top to bottom.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
                  .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Code.Id, StringComparer.Ordinal)];
}
