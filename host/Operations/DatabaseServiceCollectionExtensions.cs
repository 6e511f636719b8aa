namespace FormEngine.Host.Operations;

/// <summary>The portal and workflow store on the configured database (one file or one PostgreSQL database).</summary>
public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, FormEngineSettings settings)
    {
        services.AddSingleton(settings);
        return settings.Provider switch
        {
            DatabaseProvider.PostgreSql => services.AddFormEnginePostgreSql(settings.ConnectionString),
            _ => services.AddFormEngineSqlite(settings.ConnectionString),
        };
    }
}
