using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// Staff login stand-in for SITHS: choose one of the seeded HSA identities. Only there when
/// FormEngine:TestIdentity:Enabled.
/// </summary>
public sealed class LoggaInModel(TestIdentity testIdentity, StaffSignIn signIn) : PageModel
{
    public const string FirstOptionId = "hsa-0";

    [BindProperty] public string? HsaId { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public string? Error { get; private set; }
    public IReadOnlyList<PageError> Errors => Error is null ? [] : [new PageError(FirstOptionId, Error)];

    public async Task<IActionResult> OnGetAsync([FromServices] Identity.OpenIdConnect.OpenIdConnectSettings openIdConnect, CancellationToken cancellationToken)
    {
        // With the region's identity provider (SITHS) this address starts its login.
        if (openIdConnect.Staff.IsConfigured)
            return Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(ReturnUrl, Navigation.StaffStart) }, Identity.OpenIdConnect.OpenIdConnectLogin.StaffScheme);
        if (!testIdentity.Enabled) return NotFound();
        Staff = await signIn.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!testIdentity.Enabled) return NotFound();
        var principal = string.IsNullOrWhiteSpace(HsaId) ? null : await signIn.SignInAsync(HsaId, cancellationToken);
        if (principal is null)
        {
            Error = string.IsNullOrWhiteSpace(HsaId) ? "Välj vem du vill logga in som." : "Det finns ingen personal med det HSA-id:t.";
            Staff = await signIn.ListAsync(cancellationToken);
            return Page();
        }
        await HttpContext.SignInAsync(PortalAuthentication.Scheme, principal);
        return LocalRedirect(ReturnUrls.Safe(ReturnUrl, Navigation.StaffStart));
    }

    public static string RoleText(StaffRole role)
    {
        var name = role.Role switch
        {
            StaffRoles.Arendemottagare => "Ärendemottagare",
            StaffRoles.Arendehanterare => "Ärendehanterare",
            StaffRoles.LokalAdministrator => "Lokal administratör",
            StaffRoles.Granskare => "Granskare",
            StaffRoles.RegionalAdministrator => "Regional administratör",
            StaffRoles.Behandlare => "Behandlare",
            StaffRoles.Behorighetsadministrator => "Behörighetsadministratör",
            _ => role.Role,
        };
        return $"{name}, {role.ClinicKey ?? role.RegionKey}";
    }
}
