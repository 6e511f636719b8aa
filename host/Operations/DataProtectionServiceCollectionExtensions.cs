using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Operations;

public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Every instance of the portal shares one application name, so their cookie protectors are the same purpose
    /// chain whatever folder each runs from (the default name is the content root path).
    /// </summary>
    public const string ApplicationName = "FormEngine";

    /// <summary>
    /// Data protection keys (session and antiforgery cookies) kept in the portal database instead of the local
    /// file system: sessions survive a restart or a new container, and every instance on the database accepts
    /// the cookies the others issued.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IDbContextFactory<PortalDbContext>>(
            (options, contexts) => options.XmlRepository = new DatabaseKeyRepository(contexts));
        return services;
    }
}
