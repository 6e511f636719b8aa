namespace FormEngine.WorkflowBenchmarks;

/// <summary>
/// Sizes of one run. The defaults are the documented run; <c>--quick</c> is a smoke run that checks the harness
/// end to end in seconds (its numbers mean nothing).
/// </summary>
public sealed record BenchmarkSettings
{
    /// <summary>Concurrent callers, like requests in flight on a 2-core host.</summary>
    public int Workers { get; init; } = 16;
    public int Warmup { get; init; } = 500;
    public int Operations { get; init; } = 3_000;
    /// <summary>Each measured phase stops here even if not all operations finished (the rate is then what did).</summary>
    public TimeSpan PhaseLimit { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>
    /// Measured rounds per configuration; the best round counts. Others share this machine, and a round that a
    /// neighbour's build or fsync storm lands on says more about the neighbour than about the engine.
    /// </summary>
    public int Rounds { get; init; } = 2;
    public int WorkflowCoreStored { get; init; } = 25_000;
    public int RuntimeStored { get; init; } = 100_000;

    public static BenchmarkSettings From(string[] args) =>
        args.Contains("--quick")
            ? new BenchmarkSettings { Warmup = 50, Operations = 200, PhaseLimit = TimeSpan.FromSeconds(5), Rounds = 1, WorkflowCoreStored = 2_000, RuntimeStored = 5_000 }
            : new BenchmarkSettings();
}
