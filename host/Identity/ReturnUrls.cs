namespace FormEngine.Host.Identity;

/// <summary>Where to go after login: only a local path, never another site (open-redirect protection).</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl, string fallback)
    {
        if (string.IsNullOrEmpty(returnUrl)) return fallback;
        // "/x" is local; "//host" and "/\host" are protocol-relative URLs to other sites.
        var local = returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl);
        return local ? returnUrl : fallback;
    }
}
