using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// POST /api/v1/dev/token: a bearer token for a demo resident or staff member, like the test login pages. Mapped
/// only in Development with a development signing key; production tokens come from the identity provider.
/// </summary>
internal static class DevelopmentTokenEndpoint
{
    public sealed record TokenRequest(string? Personnummer = null, string? HsaId = null, string? Method = null);

    public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    public static void MapDevelopmentTokenEndpoint(this RouteGroupBuilder api, IServiceProvider services)
    {
        if (!services.GetRequiredService<DevelopmentTokens>().IsAvailable) return;
        api.MapPost("/dev/token", Issue).AllowAnonymous().WithTags("Utveckling").WithName("IssueDevelopmentToken")
            .WithSummary("Endast utvecklingsläge: en token för en demoinvånare (personnummer) eller demopersonal (hsaId).")
            .ProducesValidationProblem();
    }

    private static Results<Ok<TokenResponse>, ValidationProblem> Issue(TokenRequest request, DevelopmentTokens tokens, IOptions<JwtOptions> jwt)
    {
        if (string.IsNullOrWhiteSpace(request.Personnummer) == string.IsNullOrWhiteSpace(request.HsaId))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [""] = ["Ange antingen personnummer (invånare) eller hsaId (personal)."],
            });
        // Whether the person exists is checked when the token is used, exactly as for a provider's token.
        var token = request.HsaId is { Length: > 0 } hsaId
            ? tokens.ForStaff(hsaId)
            : tokens.ForResident(request.Personnummer!, request.Method ?? "bankid");
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)jwt.Value.DevelopmentTokenLifetime.TotalSeconds));
    }
}
