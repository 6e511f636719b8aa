namespace FormEngine.LoadTests;

/// <summary>The checkout this program was built from: the first folder above the binaries that holds FormEngine.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "FormEngine.sln"))) return folder.FullName;
        // Built elsewhere (--artifacts-path outside the checkout): the working directory is the repository root.
        if (File.Exists("FormEngine.sln")) return Directory.GetCurrentDirectory();
        throw new InvalidOperationException("Run from the repository root: FormEngine.sln not found above the binaries or here.");
    }
}
