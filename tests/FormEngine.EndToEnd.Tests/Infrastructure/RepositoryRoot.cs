namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>The checkout the tests run from: found by walking up from the test binaries to FormEngine.sln,
/// because the binaries may live in any artifacts folder (test.sh's, or a private one).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>Where failure screenshots go: the artifacts folder test.sh builds into.</summary>
    public static string ScreenshotFolder =>
        System.IO.Path.Combine(Environment.GetEnvironmentVariable("FORMENGINE_ARTIFACTS") is { Length: > 0 } art
            ? art : System.IO.Path.Combine(Path, "artifacts", "test"), "screenshots");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FormEngine.sln"))) return dir.FullName;
        }
        // The artifacts folder may sit outside the checkout: fall back to the checkout the tests were built from.
        var source = typeof(RepositoryRoot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceRepository")?.Value;
        if (source is not null && File.Exists(System.IO.Path.Combine(source, "FormEngine.sln"))) return source;
        throw new InvalidOperationException("FormEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
