using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// Turns a validated token into the portal's own principal, built by the same sign-in services as the cookie
/// login, so pages and API see identical claims and policies. A token counts as one login: the sign-in (and
/// its Login row, and a resident's first activation) runs on the token's first use; later requests with the
/// same token reuse the principal until the token expires, just as a cookie keeps its claims for the session.
/// </summary>
internal static class TokenClaimsMapper
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var cache = services.GetRequiredService<TokenPrincipalCache>();
        var key = CacheKey(context);
        var principal = cache.Find(key);
        if (principal is null)
        {
            var token = context.Principal ?? new ClaimsPrincipal();
            var (signedIn, failure) = await SignInAsync(token, services, context.HttpContext.RequestAborted);
            if (signedIn is null)
            {
                context.Fail(failure ?? "The token names no resident or staff member.");
                return;
            }
            principal = signedIn;
            var expires = context.SecurityToken.ValidTo;
            cache.Add(key, principal, expires > DateTime.UtcNow ? new DateTimeOffset(expires, TimeSpan.Zero) : DateTimeOffset.UtcNow.AddMinutes(1));
        }
        // A copy per request: the cached principal is shared, and later handlers may add to the request's.
        context.Principal = principal.Clone();
    }

    private static async Task<(ClaimsPrincipal? Principal, string? Failure)> SignInAsync(
        ClaimsPrincipal token, IServiceProvider services, CancellationToken cancellationToken)
    {
        var personnummer = token.FindFirstValue(TokenClaims.Personnummer);
        var hsaId = token.FindFirstValue(TokenClaims.HsaId);
        if (personnummer is not null && hsaId is not null)
            return (null, "A token is either a resident's or a staff member's, not both.");
        if (hsaId is not null)
        {
            var staff = await services.GetRequiredService<StaffSignIn>().SignInAsync(hsaId, cancellationToken);
            return staff is null ? (null, "No staff member has the token's HSA-id.") : (staff, null);
        }
        if (personnummer is null) return (null, null);
        var today = SwedishTime.Today(services.GetRequiredService<TimeProvider>());
        if (!Pnr.TryParse(personnummer, today, out var parsed) || parsed.IsSamordningsnummer)
            return (null, "The token's personnummer is not valid for a resident login.");
        var resident = await services.GetRequiredService<ResidentSignIn>().SignInAsync(parsed, ResidentMethod(token), cancellationToken);
        return resident is null ? (null, "The token's personnummer belongs to an inactivated account.") : (resident, null);
    }

    /// <summary>
    /// The e-ID the provider reports in <c>amr</c>. A provider that reports something else (e.g. "mfa") is
    /// recorded as BankID, the method almost every resident uses; configure the provider to send the real one.
    /// </summary>
    private static string ResidentMethod(ClaimsPrincipal token) =>
        token.FindAll(TokenClaims.Method).Select(c => c.Value).FirstOrDefault(LoginMethods.IsResidentMethod) ?? LoginMethods.BankId;

    private static string CacheKey(TokenValidatedContext context)
    {
        var raw = context.SecurityToken is Microsoft.IdentityModel.JsonWebTokens.JsonWebToken jwt ? jwt.EncodedToken : context.SecurityToken.Id;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
    }
}
