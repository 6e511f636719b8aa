using System.Reflection;

namespace FormEngine.Tests;

/// <summary>The checkout these tests were built from (recorded at build time), for reading definitions/ and docs/.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = typeof(RepositoryRoot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
