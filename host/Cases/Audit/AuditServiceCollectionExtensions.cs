namespace FormEngine.Host.Cases.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The granskare's access-log search and the clinics' role administration.</summary>
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddSingleton<AuditScope>();
        services.AddSingleton<AccessLogSearch>();
        services.AddSingleton<RoleAdministration>();
        return services;
    }
}
