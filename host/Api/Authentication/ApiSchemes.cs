using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// The API accepts the browser's cookie session and bearer tokens. A policy scheme picks one per request:
/// a request with an Authorization header is a bearer client, anything else a browser.
/// </summary>
public static class ApiSchemes
{
    /// <summary>The policy scheme the API's authorization policies name.</summary>
    public const string Api = "FormEngineApi";

    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    public static bool HasAuthorizationHeader(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0;

    /// <summary>Whether this request was (or will be) authenticated with the cookie rather than a token.</summary>
    public static bool IsCookieRequest(HttpContext context) => !HasAuthorizationHeader(context);
}
