using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases.Audit;

public enum RoleChangeOutcome
{
    Granted,
    Removed,
    /// <summary>The administrator may not hand out this role at this clinic (or is no administrator there).</summary>
    NotAllowed,
    UnknownStaff,
    AlreadyHeld,
    NotHeld,
}

/// <summary>
/// Grants and removes clinic roles. The administrator's rights are read from the database at the moment of the
/// change; the role row and its <see cref="RoleChange"/> log row commit in one transaction.
/// </summary>
public sealed class RoleAdministration(IDbContextFactory<PortalDbContext> contexts, StaffDirectory directory, TimeProvider clock)
{
    public Task<RoleChangeOutcome> GrantAsync(string byHsaId, string clinicKey, string staffHsaId, string role, CancellationToken cancellationToken = default) =>
        ChangeAsync(byHsaId, clinicKey, staffHsaId.Trim(), role, RoleChangeKinds.Granted, cancellationToken);

    public Task<RoleChangeOutcome> RemoveAsync(string byHsaId, string clinicKey, string staffHsaId, string role, CancellationToken cancellationToken = default) =>
        ChangeAsync(byHsaId, clinicKey, staffHsaId.Trim(), role, RoleChangeKinds.Removed, cancellationToken);

    /// <summary>The staff holding any clinic role at the clinic, with their roles there.</summary>
    public async Task<IReadOnlyList<(StaffMemberInfo Staff, IReadOnlyList<string> Roles)>> HoldersAsync(string clinicKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from r in db.StaffRoles.AsNoTracking()
                          where r.ClinicKey == clinicKey
                          join s in db.Staff.AsNoTracking() on r.HsaId equals s.HsaId
                          select new { s.HsaId, s.Name, s.Title, r.Role }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.HsaId)
            .Select(g => (new StaffMemberInfo(g.Key, g.First().Name, g.First().Title),
                (IReadOnlyList<string>)[.. g.Select(r => r.Role).OrderBy(r => Order(r))]))
            .OrderBy(h => h.Item1.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The latest role changes at the clinic, newest first.</summary>
    public async Task<IReadOnlyList<RoleChange>> ChangesAsync(string clinicKey, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RoleChanges.AsNoTracking().Where(c => c.ClinicKey == clinicKey)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(count).ToListAsync(cancellationToken);
    }

    private async Task<RoleChangeOutcome> ChangeAsync(string byHsaId, string clinicKey, string staffHsaId, string role, string change,
        CancellationToken cancellationToken)
    {
        var administrator = await directory.FindAsync(byHsaId, cancellationToken);
        if (administrator is null || !ClinicRoles.GrantableBy(administrator, clinicKey).Contains(role)) return RoleChangeOutcome.NotAllowed;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Staff.AnyAsync(s => s.HsaId == staffHsaId, cancellationToken)) return RoleChangeOutcome.UnknownStaff;
        var held = await db.StaffRoles.Where(r => r.HsaId == staffHsaId && r.ClinicKey == clinicKey && r.Role == role).ToListAsync(cancellationToken);
        if (change == RoleChangeKinds.Granted)
        {
            if (held.Count > 0) return RoleChangeOutcome.AlreadyHeld;
            db.StaffRoles.Add(new StaffRole { HsaId = staffHsaId, ClinicKey = clinicKey, Role = role });
        }
        else
        {
            if (held.Count == 0) return RoleChangeOutcome.NotHeld;
            db.StaffRoles.RemoveRange(held);
        }
        db.RoleChanges.Add(new RoleChange
        {
            At = clock.GetUtcNow(), ByHsaId = byHsaId, StaffHsaId = staffHsaId, ClinicKey = clinicKey, Role = role, Change = change,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators at once: the unique index let one grant in, or the row was already removed.
            return change == RoleChangeKinds.Granted ? RoleChangeOutcome.AlreadyHeld : RoleChangeOutcome.NotHeld;
        }
        return change == RoleChangeKinds.Granted ? RoleChangeOutcome.Granted : RoleChangeOutcome.Removed;
    }

    private static int Order(string role) => ClinicRoles.All.ToList() is var all && all.IndexOf(role) is >= 0 and var i ? i : all.Count;
}
