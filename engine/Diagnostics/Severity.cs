namespace FormEngine.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
