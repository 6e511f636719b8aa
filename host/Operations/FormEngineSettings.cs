namespace FormEngine.Host.Operations;

/// <summary>
/// The options with their defaults resolved against the content root, read once while the host is composed
/// (the database provider must be chosen before the container is built).
/// </summary>
public sealed record FormEngineSettings(FormEngineOptions Options, string ConnectionString, string DefinitionsPath)
{
    public DatabaseProvider Provider => Options.Database.Provider;
    public bool TestIdentityEnabled => Options.TestIdentity.Enabled;

    public static FormEngineSettings Resolve(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(FormEngineOptions.Section).Get<FormEngineOptions>() ?? new FormEngineOptions();
        return new FormEngineSettings(options, ConnectionStringFor(options.Database, contentRoot), DefinitionsFolder(options.DefinitionsPath, contentRoot));
    }

    /// <summary>
    /// Refuses to start a production host with the test identity on: its login pages let anyone sign in as any
    /// resident or member of staff without proof of identity.
    /// </summary>
    public FormEngineSettings EnsureSafeFor(IHostEnvironment environment)
    {
        if (environment.IsProduction() && TestIdentityEnabled)
            throw new InvalidOperationException(
                $"{FormEngineOptions.Section}:TestIdentity:Enabled is true in the Production environment. The test login lets anyone " +
                "sign in as any resident or member of staff without proof of identity, so the host will not start. Remove the setting " +
                $"(or set {FormEngineOptions.Section}__TestIdentity__Enabled=false), or run in another environment (ASPNETCORE_ENVIRONMENT).");
        return this;
    }

    private static string ConnectionStringFor(DatabaseOptions database, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(database.ConnectionString)) return database.ConnectionString;
        if (database.Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException($"{FormEngineOptions.Section}:Database:ConnectionString is required for {database.Provider}.");
        var folder = Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "formengine.db")}";
    }

    /// <summary>The configured folder, else the repository's <c>definitions/</c> beside the host project.</summary>
    private static string DefinitionsFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, contentRoot);
        return Path.GetFullPath(Path.Combine(contentRoot, "..", "definitions"));
    }
}
