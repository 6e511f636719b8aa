namespace FormEngine.Workflows.Expressions;

/// <summary>Bounds on one JavaScript evaluation, so that a definition cannot hang or exhaust the host.</summary>
public sealed record ExpressionLimits(TimeSpan Timeout, int MaxStatements, long MemoryBytes, int RecursionDepth)
{
    public static readonly ExpressionLimits Default = new(TimeSpan.FromSeconds(2), 10_000, 16 * 1024 * 1024, 64);
}
