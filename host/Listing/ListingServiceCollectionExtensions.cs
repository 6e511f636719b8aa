using FormEngine.Host.Cases;
using FormEngine.Host.Demo;
using FormEngine.Workflows.Cases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.Listing;

/// <summary>Vårdval: the listing register, the workflow's listing step, the form's list of vårdcentraler, the page's view, demo listings.</summary>
public static class ListingServiceCollectionExtensions
{
    public static IServiceCollection AddListing(this IServiceCollection services)
    {
        services.AddSingleton<IListingRegister, ListingRegisterOnDatabase>();
        services.AddSingleton<IListingChanges, ListingChangesOnDatabase>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResidentDataSource, VardcentralChoices>());
        services.AddSingleton<ListingOverview>();
        services.AddSingleton<IDemoSeed, ListingDemoSeed>();
        return services;
    }
}
