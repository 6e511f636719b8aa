using System.Text.Encodings.Web;
using System.Text.Unicode;
using FormEngine.Host.Identity;
using Microsoft.Extensions.WebEncoders;

namespace FormEngine.Host.Pages.Shared;

public static class PageServiceCollectionExtensions
{
    /// <summary>
    /// Razor Pages with the portal's authorization conventions: resident pages (Pages/Invanare) need a resident,
    /// staff pages (Pages/Personal) staff, Pages/Admin an administrator; the login pages are open.
    /// </summary>
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        // Swedish text as characters, not &#xE4; entities: readable source, and tests can search the HTML.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "fe.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Invanare", PortalPolicies.Resident);
            options.Conventions.AuthorizeFolder("/Personal", PortalPolicies.Staff);
            options.Conventions.AllowAnonymousToPage("/Personal/LoggaIn");
            options.Conventions.AuthorizeFolder("/Admin", PortalPolicies.Administrator);
        });
        return services;
    }
}
