namespace FormEngine.Host.EServices;

public static class EServiceServiceCollectionExtensions
{
    /// <summary>Who may use an e-service (<see cref="EServiceAccess"/>).</summary>
    public static IServiceCollection AddEServiceAccess(this IServiceCollection services) =>
        services.AddSingleton<EServiceAccess>();
}
