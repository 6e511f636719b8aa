namespace FormEngine.LoadTests;

/// <summary>
/// Sizes of one run. The defaults are the documented run (about 2.5 minutes with the build done); <c>--quick</c>
/// checks the whole program end to end in about 30 seconds (its numbers mean nothing).
/// </summary>
public sealed record LoadSettings
{
    /// <summary>Virtual users in flight at once. 64 is more than the two cores of the reference machine can serve in parallel.</summary>
    public IReadOnlyList<int> Concurrency { get; init; } = [1, 8, 32, 64];
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(0.5);
    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(2.5);

    /// <summary>How long the dispatcher may take to start the workflows of every accepted case after the last submission.</summary>
    public TimeSpan DrainLimit { get; init; } = TimeSpan.FromSeconds(60);

    public int Residents => Concurrency.Max();

    public static LoadSettings From(string[] args)
    {
        var settings = args.Contains("--quick")
            ? new LoadSettings { Concurrency = [1, 8], Warmup = TimeSpan.FromSeconds(0.2), Measure = TimeSpan.FromSeconds(0.5) }
            : new LoadSettings();
        var levels = Array.IndexOf(args, "--concurrency");
        if (levels >= 0 && levels + 1 < args.Length)
            settings = settings with { Concurrency = [.. args[levels + 1].Split(',').Select(int.Parse)] };
        return settings;
    }
}
