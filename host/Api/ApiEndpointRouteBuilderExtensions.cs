using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Catalog;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Api.Reference;
using FormEngine.Host.Api.Resident;
using FormEngine.Host.Api.Staff;
using Microsoft.AspNetCore.Authorization;

namespace FormEngine.Host.Api;

/// <summary>Maps the REST API under /api/v1, the OpenAPI document and the API reference page.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Call after UseAuthentication/UseAuthorization (if Program calls them): it also adds the middleware that
    /// turns empty error responses under /api into problem details.
    /// </summary>
    public static WebApplication MapFormEngineApi(this WebApplication app)
    {
        app.UseApiErrorResponses();
        var api = app.MapGroup(ApiRoutes.V1);
        api.MapDevelopmentTokenEndpoint(app.Services);
        api.MapGroup("").RequireAuthorization(new AuthorizationPolicyBuilder(ApiSchemes.Api).RequireAuthenticatedUser().Build())
            .MapAntiforgeryTokenEndpoint();
        var resident = api.MapGroup("").RequireAuthorization(ApiPolicies.Resident).WithTags("Invånare");
        resident.MapCatalogEndpoints();
        resident.MapFormContextEndpoints();
        resident.MapResidentCaseEndpoints();
        resident.MapResidentMessageEndpoints();
        resident.MapDraftEndpoints();
        var staff = api.MapGroup("").RequireAuthorization(ApiPolicies.Staff).WithTags("Personal");
        staff.MapStaffCaseEndpoints();
        staff.MapDialogueEndpoints();
        app.MapApiReference();
        return app;
    }
}
