using Microsoft.AspNetCore.Antiforgery;

namespace FormEngine.Host.Security;

/// <summary>
/// POST /session/forlang: "Fortsätt vara inloggad" in the idle warning. Any authenticated request renews the
/// session (<see cref="SessionCookies"/>), so the endpoint only has to be a safe one: it demands the antiforgery
/// token, or a foreign page could keep a forgotten session alive for ever.
/// </summary>
internal static class SessionEndpoints
{
    public const string KeepAlivePath = "/session/forlang";
    public const string SignedOutPath = "/utloggad";

    public static void MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(KeepAlivePath, KeepAliveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    // 204 also when the form is posted without the script: the browser then stays on the page it was on.
    private static async Task<IResult> KeepAliveAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (context.User.Identity?.IsAuthenticated != true) return Results.StatusCode(StatusCodes.Status401Unauthorized);
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.StatusCode(StatusCodes.Status400BadRequest);
        return Results.NoContent();
    }
}
