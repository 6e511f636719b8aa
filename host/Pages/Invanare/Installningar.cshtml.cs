using FormEngine.Host.Notifications;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Inställningar: the resident's e-mail and mobile number, which channels to be notified on when a message lands
/// in the inbox, and whether they prefer information digitally rather than by letter. Stored on the resident; the
/// notification dispatcher reads them at send time.
/// </summary>
public sealed class InstallningarModel(IDbContextFactory<PortalDbContext> contexts) : ResidentPageModel
{
    public const string EmailId = "epost";
    public const string MobileId = "mobil";
    public const string SavedFlag = "sparat";
    public const string Address = "/installningar";

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Mobile { get; set; }
    [BindProperty] public bool NotifyByEmail { get; set; }
    [BindProperty] public bool NotifyBySms { get; set; }
    [BindProperty] public bool PrefersDigital { get; set; }

    public bool Saved { get; private set; }
    public string? EmailError { get; private set; }
    public string? MobileError { get; private set; }
    public IReadOnlyList<PageError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Personnummer == Personnummer, cancellationToken);
        if (resident is null) return NotFound();
        (Email, Mobile) = (resident.Email, ContactDetails.Display(resident.Phone));
        (NotifyByEmail, NotifyBySms, PrefersDigital) = (resident.NotifyByEmail, resident.NotifyBySms, resident.PrefersDigital);
        Saved = Request.Query.ContainsKey(SavedFlag);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (email, emailError) = ContactDetails.Email(Email);
        var (mobile, mobileError) = ContactDetails.Mobile(Mobile);
        EmailError = emailError ?? (NotifyByEmail && email is null ? ContactDetails.EmailNeeded : null);
        MobileError = mobileError ?? (NotifyBySms && mobile is null ? ContactDetails.MobileNeeded : null);
        if (EmailError is not null || MobileError is not null)
        {
            Errors = [.. new[] { EmailError is null ? null : new PageError(EmailId, EmailError), MobileError is null ? null : new PageError(MobileId, MobileError) }.OfType<PageError>()];
            return Page();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.SingleOrDefaultAsync(r => r.Personnummer == Personnummer, cancellationToken);
        if (resident is null) return NotFound();
        (resident.Email, resident.Phone) = (email, mobile);
        (resident.NotifyByEmail, resident.NotifyBySms, resident.PrefersDigital) = (NotifyByEmail, NotifyBySms, PrefersDigital);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{Address}?{SavedFlag}=1");
    }
}
