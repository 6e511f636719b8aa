namespace FormEngine.Host.Security;

/// <summary>
/// The Content-Security-Policy. Pages, the form renderer and its script use no inline script, no inline style
/// attribute or element and no eval (formengine.js interprets its expression trees itself), so 'self' suffices
/// for scripts and styles. The one exception is the API reference page (Scalar), whose HTML starts its bundle with
/// an inline script and whose components set inline styles; it gets a relaxed policy on its own path only.
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Portal =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string ApiReference =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; form-action 'self'; frame-ancestors 'none'; " +
        "base-uri 'self'; object-src 'none'";

    public static string For(PathString path) =>
        path.StartsWithSegments(ApiReferencePage, StringComparison.OrdinalIgnoreCase) ? ApiReference : Portal;

    private static readonly PathString ApiReferencePage = Api.Reference.ApiReference.PageRoute;
}
