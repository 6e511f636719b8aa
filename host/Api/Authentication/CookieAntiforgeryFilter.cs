using Microsoft.AspNetCore.Antiforgery;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// CSRF protection for writes: a browser sends the session cookie with any request, even one a foreign page
/// triggers, so a cookie-authenticated write must carry the antiforgery token (header
/// <see cref="HeaderName"/>, the same token the portal's forms hold). A bearer token is never sent by the
/// browser on its own, so bearer requests need none.
/// </summary>
internal sealed class CookieAntiforgeryFilter : IEndpointFilter
{
    public const string HeaderName = "RequestVerificationToken";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (ApiSchemes.IsCookieRequest(http))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery-token saknas",
                    detail: $"En ändring med inloggningskakan kräver antiforgery-token i huvudet {HeaderName}. Klienter med bearer-token behöver ingen.");
        }
        return await next(context);
    }
}
