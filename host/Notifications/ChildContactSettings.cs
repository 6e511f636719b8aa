using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Notifications;

/// <summary>
/// A guardian's contact details for a child's notifications (Inställningar while acting as ombud). The first time
/// the form shows the guardian's own addresses with no channel ticked, so nothing is sent until the guardian says so.
/// </summary>
public sealed class ChildContactSettings(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    public async Task<ChildNotificationContact> LoadAsync(string guardian, string child, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.ChildNotificationContacts.AsNoTracking()
            .SingleOrDefaultAsync(c => c.GuardianPersonnummer == guardian && c.ChildPersonnummer == child, cancellationToken);
        if (stored is not null) return stored;
        var own = await db.Residents.AsNoTracking().Where(r => r.Personnummer == guardian)
            .Select(r => new { r.Email, r.Phone }).SingleOrDefaultAsync(cancellationToken);
        return new ChildNotificationContact { GuardianPersonnummer = guardian, ChildPersonnummer = child, Email = own?.Email, Phone = own?.Phone };
    }

    public async Task SaveAsync(ChildNotificationContact contact, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.ChildNotificationContacts
            .SingleOrDefaultAsync(c => c.GuardianPersonnummer == contact.GuardianPersonnummer && c.ChildPersonnummer == contact.ChildPersonnummer, cancellationToken);
        if (stored is null)
        {
            stored = new ChildNotificationContact { GuardianPersonnummer = contact.GuardianPersonnummer, ChildPersonnummer = contact.ChildPersonnummer };
            db.ChildNotificationContacts.Add(stored);
        }
        (stored.Email, stored.Phone, stored.NotifyByEmail, stored.NotifyBySms) = (contact.Email, contact.Phone, contact.NotifyByEmail, contact.NotifyBySms);
        stored.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
