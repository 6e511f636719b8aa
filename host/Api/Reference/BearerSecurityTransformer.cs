using FormEngine.Host.Api.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FormEngine.Host.Api.Reference;

/// <summary>
/// Describes the bearer scheme in the OpenAPI document and marks every operation that needs a login with it
/// (the reference page then offers a token field). The cookie session is for the portal's own pages only and
/// is described in docs/api.md, not here.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiSchemes.Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "En JWT från den konfigurerade identitetsleverantören (FormEngine:Jwt:Authority). " +
                "Anspråk: se docs/api.md. I utvecklingsläge ger POST /api/v1/dev/token en token.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var needsLogin = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (!needsLogin) return Task.CompletedTask;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiSchemes.Bearer, context.Document)] = [],
        });
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Inte inloggad (problem details)" });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Åtkomst nekad (problem details)" });
        return Task.CompletedTask;
    }
}
