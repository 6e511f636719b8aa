using FormEngine.Diagnostics;

namespace FormEngine.Expressions.Binding;

/// <summary>Reports diagnostics at offsets inside one expression and counts the errors of that expression alone.</summary>
internal sealed class Reporter(ExpressionSource source, DiagnosticBag diagnostics)
{
    public int ErrorCount { get; private set; }

    public void Report(DiagnosticCode code, int offset, string message)
    {
        diagnostics.Report(code, source.At(offset), message);
        if (code.DefaultSeverity == Severity.Error) ErrorCount++;
    }

    public void TypeMismatch(int offset, string message) => Report(DiagnosticCodes.TypeMismatch, offset, message);
}
