using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// The language link (<see cref="ContentLanguage"/>): remembers the choice in a cookie and goes back to the page
/// it came from. A GET, so a plain link works without JavaScript; only local return addresses are followed.
/// </summary>
public sealed class SprakModel : ResidentPageModel
{
    public IActionResult OnGet(string? lang, string? tillbaka)
    {
        ContentLanguage.Remember(Response, lang);
        return Redirect(Url.IsLocalUrl(tillbaka) ? tillbaka : Navigation.ResidentStart);
    }
}
