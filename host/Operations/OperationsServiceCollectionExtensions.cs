using FormEngine.Host.Security;

namespace FormEngine.Host.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>Health checks, problem details, web security, the SQLite checkpointer and the start-up tasks.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, FormEngineSettings settings)
    {
        services.AddProblemDetails();
        services.AddWebSecurity(settings.Options.Security);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag]);
        if (settings.Provider == DatabaseProvider.Sqlite) services.AddHostedService<WalCheckpointService>();
        services.AddSingleton<StartupTasks>();
        return services;
    }
}
