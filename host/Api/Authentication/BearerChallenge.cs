using FormEngine.Host.Api.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// 401 and 403 for the API as problem details. The API's policy scheme forwards every challenge here, also for
/// cookie requests, so an API client never gets the login page's redirect.
/// </summary>
internal static class BearerChallenge
{
    public static async Task OnChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var response = context.HttpContext.Response;
        if (response.HasStarted) return;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        // RFC 6750: say why a presented token was refused; a request without one gets the bare scheme.
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        var detail = context.AuthenticateFailure is null
            ? "Logga in eller skicka en giltig bearer-token i Authorization-huvudet."
            : "Token är ogiltig eller har gått ut.";
        await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Inte inloggad", detail);
    }

    public static Task OnForbiddenAsync(ForbiddenContext context)
    {
        var response = context.HttpContext.Response;
        if (response.HasStarted) return Task.CompletedTask;
        response.StatusCode = StatusCodes.Status403Forbidden;
        return ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Åtkomst nekad",
            "Du har inte behörighet till den här åtgärden.");
    }
}
