namespace FormEngine.Cli;

/// <summary>Ends a command early with an exit code; the message (if any) is printed to stderr without a stack trace.</summary>
public sealed class CommandFailedException(int exitCode, string message = "") : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CommandFailedException Usage(string message) => new(ExitCodes.Usage, message);
}
