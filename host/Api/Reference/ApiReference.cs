using Scalar.AspNetCore;

namespace FormEngine.Host.Api.Reference;

/// <summary>
/// The OpenAPI document at /openapi/v1.json and the browsable reference at /api/docs. The reference page's
/// script is served from the Scalar package itself and its web fonts are turned off, so it works offline.
/// </summary>
internal static class ApiReference
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string PageRoute = "/api/docs";

    public static IServiceCollection AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<BearerSecurityTransformer>();
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "FormEngine API";
                document.Info.Description = "E-tjänster för invånare och vårdpersonal. Fel svaras som RFC 9457 problem details.";
                return Task.CompletedTask;
            });
        });

    public static void MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentRoute).AllowAnonymous();
        endpoints.MapScalarApiReference(PageRoute, options => options
            .WithTitle("FormEngine API")
            .WithOpenApiRoutePattern(DocumentRoute)
            .DisableDefaultFonts()
            .DisableAgent()
            .AddPreferredSecuritySchemes([Authentication.ApiSchemes.Bearer]))
            .AllowAnonymous();
    }
}
