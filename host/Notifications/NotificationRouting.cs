using FormEngine.Host.Ombud;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Notifications;

/// <summary>
/// Where a notification about a new inbox message goes, decided at send time. A child who cannot log in
/// themselves (under 13) is notified through the guardians who act for them right now, at the contact details each
/// guardian set for that child in Inställningar (<see cref="ChildNotificationContact"/>); the ombud rules are asked
/// again here, so a guardian whose right ended (the 13th birthday, skyddad identitet) hears nothing more. When no
/// such guardian chose a channel, and for everybody else, the resident's own settings decide
/// (<see cref="NotificationRecipients"/>).
/// </summary>
public sealed class NotificationRouting(IDbContextFactory<PortalDbContext> contexts, OmbudAccess ombud, ProxyRights rights, TimeProvider time)
{
    public async Task<NotificationRoute> RouteAsync(string personnummer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Personnummer == personnummer, cancellationToken);
        if (resident is null || resident.AccountStatus == AccountStatus.Deceased || !IsUnderAgeLimit(personnummer))
            return NotificationRecipients.For(resident);
        var contacts = await db.ChildNotificationContacts.AsNoTracking()
            .Where(c => c.ChildPersonnummer == personnummer).OrderBy(c => c.GuardianPersonnummer).ToListAsync(cancellationToken);
        List<ChildNotificationContact> current = [];
        foreach (var contact in contacts)
            if (await ombud.FindAsync(contact.GuardianPersonnummer, personnummer, cancellationToken) is not null) current.Add(contact);
        var route = NotificationRecipients.ForGuardians(current);
        return route.Targets.Count > 0 ? route : NotificationRecipients.For(resident);
    }

    private bool IsUnderAgeLimit(string personnummer) =>
        rights.RightEndsOn(personnummer) is { } ends && Identity.SwedishTime.Today(time) < ends;
}
