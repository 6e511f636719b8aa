namespace FormEngine.Diagnostics;

/// <summary>An author mistake, as data: printed as <c>path(line,col): error FE1003: message</c>.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceSpan Span, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Code.Id}: {Message}";
}
