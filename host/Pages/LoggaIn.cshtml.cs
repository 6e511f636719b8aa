using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Pages;

/// <summary>
/// The test identity page for residents: choose an e-legitimation and type a personnummer. Stands in for
/// BankID, Freja eID Plus and Telia; only there when FormEngine:TestIdentity:Enabled.
/// </summary>
public sealed class LoggaInModel(TestIdentity testIdentity, ResidentSignIn signIn, IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : PageModel
{
    public const string PersonnummerId = "personnummer";
    public const string MethodId = "metod-bankid";

    [BindProperty] public string Method { get; set; } = LoginMethods.BankId;
    [BindProperty] public string? Personnummer { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? PersonnummerError { get; private set; }
    public string? MethodError { get; private set; }
    public IReadOnlyList<PageError> Errors { get; private set; } = [];
    public IReadOnlyList<Resident> DemoResidents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromServices] Identity.OpenIdConnect.OpenIdConnectSettings openIdConnect, CancellationToken cancellationToken)
    {
        // With a real identity provider this address starts its login (the cookie scheme sends people here).
        if (openIdConnect.Residents.IsConfigured)
            return Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(ReturnUrl, Navigation.ResidentStart) }, Identity.OpenIdConnect.OpenIdConnectLogin.ResidentScheme);
        if (!testIdentity.Enabled) return NotFound();
        await LoadDemoResidentsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!testIdentity.Enabled) return NotFound();
        if (!LoginMethods.IsResidentMethod(Method)) MethodError = "Välj e-legitimation.";
        var (personnummer, error) = PersonnummerInput.Check(Personnummer, SwedishTime.Today(time));
        PersonnummerError = error;
        if (personnummer is not { } valid || MethodError is not null)
        {
            Errors = [.. new[] { MethodError is null ? null : new PageError(MethodId, MethodError), error is null ? null : new PageError(PersonnummerId, error) }.OfType<PageError>()];
            await LoadDemoResidentsAsync(cancellationToken);
            return Page();
        }
        var principal = await signIn.SignInAsync(valid, Method, cancellationToken);
        if (principal is null)
        {
            PersonnummerError = ResidentSignIn.Inactivated;
            Errors = [new PageError(PersonnummerId, ResidentSignIn.Inactivated)];
            await LoadDemoResidentsAsync(cancellationToken);
            return Page();
        }
        await HttpContext.SignInAsync(PortalAuthentication.Scheme, principal);
        // A fresh login starts as oneself: an earlier choice to act for a child is not carried over.
        HttpContext.RequestServices.GetRequiredService<Ombud.OmbudSelection>().Clear(HttpContext);
        return LocalRedirect(ReturnUrls.Safe(ReturnUrl, Navigation.ResidentStart));
    }

    private async Task LoadDemoResidentsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        DemoResidents = await db.Residents.AsNoTracking().OrderBy(r => r.Name).Take(50).ToListAsync(cancellationToken);
    }

    public static string StatusText(AccountStatus status) => status switch
    {
        AccountStatus.Active => "Aktivt konto",
        AccountStatus.NeverLoggedIn => "Har aldrig loggat in",
        AccountStatus.Locked => "Låst konto",
        AccountStatus.Deceased => "Avliden",
        _ => status.ToString(),
    };

    public static string Formatted(string twelveDigits) => $"{twelveDigits[..8]}-{twelveDigits[8..]}";
}
