using FormEngine.Host.Identity.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages;

/// <summary>
/// Where an OpenID Connect login ends when the provider verified the person but the portal does not let them in
/// (samordningsnummer, inactivated account, unknown HSA-id) or the login failed there. The reason is a fixed code.
/// </summary>
public sealed class InloggningNekadModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "orsak")] public string? Reason { get; set; }

    public string Message => LoginRefusals.Text(Reason);

    public void OnGet()
    {
    }
}
