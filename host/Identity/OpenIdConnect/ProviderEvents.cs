using FormEngine.Host.Ombud;
using FormEngine.Host.Operations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Identity.OpenIdConnect;

/// <summary>
/// Turns a validated provider token into the portal session through the same sign-in services the test pages use
/// (account activation, Login row, deceased refused), or sends the browser to the refusal page.
/// </summary>
internal static partial class ProviderEvents
{
    public static async Task ResidentTokenValidatedAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<OpenIdConnectSettings>();
        var time = services.GetRequiredService<TimeProvider>();
        var (personnummer, method, refusal) = ProviderClaims.Resident(context.Principal!, settings.Residents, SwedishTime.Today(time));
        if (refusal is { } reason)
        {
            Refuse(context, reason);
            return;
        }
        var principal = await services.GetRequiredService<ResidentSignIn>().SignInAsync(personnummer!.Value, method!, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            Refuse(context, LoginRefusal.Inactivated);
            return;
        }
        context.Principal = principal;
        // A fresh login starts as oneself: an earlier choice to act for a child is not carried over.
        services.GetRequiredService<OmbudSelection>().Clear(context.HttpContext);
        context.Properties!.RedirectUri = ReturnUrls.Safe(context.Properties.RedirectUri, Pages.Shared.Navigation.ResidentStart);
    }

    public static async Task StaffTokenValidatedAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<OpenIdConnectSettings>();
        var principal = ProviderClaims.HsaId(context.Principal!, settings.Staff) is { } hsaId
            ? await services.GetRequiredService<StaffSignIn>().SignInAsync(hsaId, context.HttpContext.RequestAborted)
            : null;
        if (principal is null)
        {
            Refuse(context, LoginRefusal.UnknownStaff);
            return;
        }
        context.Principal = principal;
        context.Properties!.RedirectUri = ReturnUrls.Safe(context.Properties.RedirectUri, Pages.Shared.Navigation.StaffStart);
    }

    /// <summary>The person cancelled at the provider, or it answered with an error: the refusal page, not an exception page.</summary>
    public static Task RemoteFailureAsync(RemoteFailureContext context)
    {
        // The exception's type only: its message may quote the provider's answer.
        Failed(Logger(context.HttpContext), context.Scheme.Name, context.Failure?.GetType().Name ?? "unknown");
        context.Response.Redirect(LoginRefusals.Url(LoginRefusal.ProviderError));
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private static void Refuse(TokenValidatedContext context, LoginRefusal reason)
    {
        // The reason only: never the personnummer or the token.
        Refused(Logger(context.HttpContext), context.Scheme.Name, reason);
        context.Response.Redirect(LoginRefusals.Url(reason));
        context.HandleResponse();
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OpenIdConnectLogin).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID Connect login ({Scheme}) refused: {Reason}")]
    private static partial void Refused(ILogger logger, string scheme, LoginRefusal reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID Connect login ({Scheme}) failed: {Error}")]
    private static partial void Failed(ILogger logger, string scheme, string error);
}
