namespace FormEngine.Diagnostics;

/// <summary>A stable diagnostic code with its default severity. The catalogue is <see cref="DiagnosticCodes"/>.</summary>
public sealed record DiagnosticCode(string Id, Severity DefaultSeverity, string Title)
{
    public override string ToString() => Id;
}
