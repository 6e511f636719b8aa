using System.Runtime.CompilerServices;

namespace FormEngine.Host.Tests.Boot;

/// <summary>The repository root (the folder holding FormEngine.sln), wherever the build output went.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Definitions => Path.Combine(Root, "definitions");

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "FormEngine.sln"))) return dir.FullName;
        throw new InvalidOperationException("FormEngine.sln not found above the test output or the test sources.");
    }

    /// <summary>A private copy of definitions/ the test may break or change.</summary>
    public static string CopyDefinitions(string into)
    {
        Copy(new DirectoryInfo(Definitions), Directory.CreateDirectory(into));
        return into;
    }

    private static void Copy(DirectoryInfo from, DirectoryInfo to)
    {
        foreach (var file in from.GetFiles()) file.CopyTo(Path.Combine(to.FullName, file.Name));
        foreach (var dir in from.GetDirectories()) Copy(dir, to.CreateSubdirectory(dir.Name));
    }
}
