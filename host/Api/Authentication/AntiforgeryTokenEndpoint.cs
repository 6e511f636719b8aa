using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// GET /api/v1/antiforgery: the token a script on the portal's own pages sends in <see cref="CookieAntiforgeryFilter.HeaderName"/>
/// when it calls a write endpoint with the session cookie. Another site cannot read this response (no CORS), so it
/// cannot learn the token. Bearer clients never need it.
/// </summary>
internal static class AntiforgeryTokenEndpoint
{
    public sealed record AntiforgeryTokenDto(string HeaderName, string Token);

    public static void MapAntiforgeryTokenEndpoint(this RouteGroupBuilder signedIn)
    {
        signedIn.MapGet("/antiforgery", Issue).WithName("GetAntiforgeryToken").WithTags("Inloggning")
            .WithSummary("Antiforgery-token för skrivanrop med inloggningskakan (behövs inte med bearer-token).");
    }

    private static Ok<AntiforgeryTokenDto> Issue(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokenDto(CookieAntiforgeryFilter.HeaderName, tokens.RequestToken ?? ""));
    }
}
