using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages;

/// <summary>Logout for residents and staff alike (POST only; GET shows a button, so a link cannot log anyone out).</summary>
public sealed class LoggaUtModel : PageModel
{
    public bool SignedOut { get; private set; }

    public void OnGet() => SignedOut = User.Identity?.IsAuthenticated != true;

    public async Task<IActionResult> OnPostAsync()
    {
        var wasStaff = User.IsStaff();
        await HttpContext.SignOutAsync(PortalAuthentication.Scheme);
        HttpContext.RequestServices.GetRequiredService<Ombud.OmbudSelection>().Clear(HttpContext);
        return wasStaff ? LocalRedirect(PortalAuthentication.StaffLoginPath) : LocalRedirect("/logga-ut?klar=1");
    }
}
