using FormEngine.Host.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.HealthData;

public static class HealthDataServiceCollectionExtensions
{
    /// <summary>
    /// The registers behind Journalen, Läkemedel and Högkostnadsskydd, and the lists of Förnya recept and Förnya
    /// hjälpmedel. The database stand-ins only when no real integration is registered; their demo data as a seed.
    /// </summary>
    public static IServiceCollection AddHealthData(this IServiceCollection services)
    {
        services.AddOptions<HealthDataOptions>().BindConfiguration(HealthDataOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICareRecords, DatabaseCareRecords>();
        services.TryAddSingleton<IPrescriptionRegister, DatabasePrescriptionRegister>();
        services.TryAddSingleton<IHighCostDatabase, DatabaseHighCostDatabase>();
        services.TryAddSingleton<IAidDeliveries, DatabaseAidDeliveries>();
        services.AddSingleton<JournalAccessRule>();
        services.AddSingleton<IDemoSeed, HealthDataSeed>();
        return services;
    }
}
