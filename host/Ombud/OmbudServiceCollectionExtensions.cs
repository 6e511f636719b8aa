using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.Ombud;

public static class OmbudServiceCollectionExtensions
{
    /// <summary>The ombud rules and services; <see cref="IGuardianships"/> only when none is registered (a register integration wins).</summary>
    public static IServiceCollection AddOmbud(this IServiceCollection services)
    {
        services.TryAddSingleton<IGuardianships, DatabaseGuardianships>();
        services.AddSingleton<ProxyRights>();
        services.AddSingleton<OmbudAccess>();
        services.AddSingleton<ChildAddition>();
        services.AddSingleton<OmbudSelection>();
        return services;
    }

    /// <summary>After authentication, before authorization: the policies then see whom the request acts for.</summary>
    public static IApplicationBuilder UseOmbud(this IApplicationBuilder app) => app.UseMiddleware<OmbudMiddleware>();
}
