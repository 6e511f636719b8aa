namespace FormEngine.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The definition has errors, an example mismatched, or the submission is invalid.</summary>
    public const int Invalid = 1;
    /// <summary>The command line was wrong or a file could not be read.</summary>
    public const int Usage = 2;
    /// <summary>FormEngine itself failed (a bug); never the result of a mistake in a file.</summary>
    public const int InternalError = 3;
}
