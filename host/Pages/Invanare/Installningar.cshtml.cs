using FormEngine.Host.Notifications;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Inställningar: the resident's e-mail and mobile number, which channels to be notified on when a message lands
/// in the inbox, and whether they prefer information digitally rather than by letter. Stored on the resident; the
/// notification dispatcher reads them at send time. A guardian acting for a child sets here where they want to hear
/// about the child's messages instead: kept per guardian and child (<see cref="ChildContactSettings"/>), never on
/// the child's own settings, which the child chooses from 13.
/// </summary>
public sealed class InstallningarModel(IDbContextFactory<PortalDbContext> contexts, ChildContactSettings childContacts) : ResidentPageModel
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
    /// <summary>The child's name while the guardian acts as ombud: the page then edits the guardian's contact details for the child.</summary>
    public string? ChildName => User.ActingGuardian() is null ? null : User.RepresentedChildName();
    public string? EmailError { get; private set; }
    public string? MobileError { get; private set; }
    public IReadOnlyList<PageError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Saved = Request.Query.ContainsKey(SavedFlag);
        if (User.ActingGuardian() is { } guardian)
        {
            var contact = await childContacts.LoadAsync(guardian, Personnummer, cancellationToken);
            (Email, Mobile, NotifyByEmail, NotifyBySms) = (contact.Email, ContactDetails.Display(contact.Phone), contact.NotifyByEmail, contact.NotifyBySms);
            return Page();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Personnummer == Personnummer, cancellationToken);
        if (resident is null) return NotFound();
        (Email, Mobile) = (resident.Email, ContactDetails.Display(resident.Phone));
        (NotifyByEmail, NotifyBySms, PrefersDigital) = (resident.NotifyByEmail, resident.NotifyBySms, resident.PrefersDigital);
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
        if (User.ActingGuardian() is { } guardian)
        {
            await childContacts.SaveAsync(new Persistence.Portal.Records.ChildNotificationContact
            {
                GuardianPersonnummer = guardian, ChildPersonnummer = Personnummer,
                Email = email, Phone = mobile, NotifyByEmail = NotifyByEmail, NotifyBySms = NotifyBySms,
            }, cancellationToken);
            return Redirect($"{Address}?{SavedFlag}=1");
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
