using Microsoft.AspNetCore.DataProtection;

namespace FormEngine.Host.Ombud;

/// <summary>
/// Whom the resident chose to act for, kept in its own cookie beside the session: protected (nobody reads or
/// forges a personnummer in it) and bound to the guardian who chose, so it means nothing in another person's
/// session. Holding it grants nothing: <see cref="OmbudMiddleware"/> checks the right again on every request.
/// </summary>
public sealed class OmbudSelection(IDataProtectionProvider protection)
{
    public const string CookieName = "fe.ombud";
    private readonly IDataProtector _protector = protection.CreateProtector("FormEngine.Host.Ombud.Selection.v1");

    /// <summary>The chosen child's personnummer, when the cookie is there, intact and chosen by this guardian.</summary>
    public string? Read(HttpContext context, string guardianPersonnummer)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value)) return null;
        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            return parts.Length == 2 && parts[0] == guardianPersonnummer ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null; // tampered with, or from keys long gone: as if nothing was chosen
        }
    }

    public bool IsPresent(HttpContext context) => context.Request.Cookies.ContainsKey(CookieName);

    public void Choose(HttpContext context, string guardianPersonnummer, string childPersonnummer) =>
        context.Response.Cookies.Append(CookieName, _protector.Protect($"{guardianPersonnummer}|{childPersonnummer}"), Options(context));

    public void Clear(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options(context));

    // A session cookie (no expiry): it ends with the browser, and the session's own timeout ends its use sooner.
    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, Path = "/", IsEssential = true,
    };
}
