using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Reference;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Api;

/// <summary>The REST API's services: bearer authentication beside the portal's cookie, policies, problem details, OpenAPI.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Call after the portal's identity (AddPortalIdentity): the API reuses its cookie scheme and policies.</summary>
    public static IServiceCollection AddFormEngineApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddSingleton<IConfigureOptions<PolicySchemeOptions>, ApiSchemeSetup>();
        services.AddAuthentication()
            .AddJwtBearer(ApiSchemes.Bearer, _ => { })
            .AddPolicyScheme(ApiSchemes.Api, "Inloggningskaka eller bearer-token", _ => { });
        services.AddAuthorization();
        services.AddSingleton<IPostConfigureOptions<AuthorizationOptions>, ApiPolicies.Setup>();
        services.AddSingleton<TokenPrincipalCache>();
        services.AddSingleton<DevelopmentTokens>();
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.AddApiReference();
        services.AddSingleton<Resident.ResidentCaseViews>();
        services.AddSingleton<Staff.StaffCaseViews>();
        return services;
    }
}
