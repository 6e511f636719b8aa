using FormEngine.Definitions;
using FormEngine.Forms;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FormEngine.Host.Pages.Shared;

/// <summary>
/// The language a resident reads e-service content in (titles, questions, terms, messages from the definition):
/// Swedish, or English when chosen and the form's <c>languages</c> include it. The choice lives in a cookie, so
/// it never travels in the URLs of form posts; the page chrome stays Swedish, so the content carries its own
/// <c>lang</c> (WCAG 3.1.2) while the html element keeps <c>lang="sv"</c>.
/// </summary>
public static class ContentLanguage
{
    public const string Swedish = LocalizedText.DefaultLanguage;
    public const string English = "en";
    public const string CookieName = "fe.sprak";
    /// <summary>Sets the cookie and goes back (<c>Invanare/Sprak</c>): a plain link, so it works without JavaScript.</summary>
    public const string ChoicePath = "/sprak";
    private const string OfferedKey = "ContentLanguage.Offered";
    private const string TitleKey = "ContentLanguage.Title";

    public static string Chosen(HttpContext http) => http.Request.Cookies[CookieName] == English ? English : Swedish;

    /// <summary>The language to show the form in: the chosen one if its definition provides it, else Swedish.</summary>
    public static string For(HttpContext http, CompiledForm form) =>
        form.Definition.Languages.Contains(Chosen(http)) ? Chosen(http) : Swedish;

    /// <summary>English was chosen but the form is only in Swedish: the page says so (in English).</summary>
    public static bool OnlySwedish(HttpContext http, CompiledForm form) => Chosen(http) != Swedish && For(http, form) == Swedish;

    /// <summary>The <c>lang</c> attribute for content in <paramref name="language"/>; null (no attribute) for Swedish, the page's own.</summary>
    public static string? Attribute(string language) => language == Swedish ? null : language;

    /// <summary>A title prefix for a page with errors, in the form's language (the renderer's own words).</summary>
    public static string ErrorPrefix(string language) => language == English ? "Error: " : "Fel: ";

    public static void Remember(HttpResponse response, string? language) =>
        response.Cookies.Append(CookieName, language == English ? English : Swedish, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true, // the resident asked for it; nothing is tracked
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
            Path = "/",
        });

    /// <summary>The link that switches to <paramref name="language"/> and returns to <paramref name="returnUrl"/> (a local path).</summary>
    public static string ChoiceUrl(string language, string returnUrl) =>
        $"{ChoicePath}?lang={Uri.EscapeDataString(language)}&tillbaka={Uri.EscapeDataString(returnUrl)}";

    /// <summary>
    /// A page showing definition content offers the choice (the layout shows the link); <paramref name="titleLanguage"/>
    /// is the language of its title, when that comes from the definition.
    /// </summary>
    public static void Offer(ViewDataDictionary viewData, string? titleLanguage = null)
    {
        viewData[OfferedKey] = true;
        viewData[TitleKey] = titleLanguage;
    }

    public static bool IsOffered(ViewDataDictionary viewData) => viewData[OfferedKey] is true;

    /// <summary>The <c>lang</c> of the page's title element, when it differs from the page's.</summary>
    public static string? TitleAttribute(ViewDataDictionary viewData) => viewData[TitleKey] is string language ? Attribute(language) : null;
}
