using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Who may do what at which clinic, read from <see cref="StaffRole"/> rows on every request: the session only
/// says who the staff member is, so a role taken away applies at once.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<StaffProfile?> FindAsync(string? hsaId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(hsaId)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.HsaId == hsaId, cancellationToken);
        if (member is null) return null;
        var roles = await db.StaffRoles.AsNoTracking().Where(r => r.HsaId == hsaId && r.ClinicKey != null)
            .Select(r => new ClinicRole(r.ClinicKey!, r.Role)).ToListAsync(cancellationToken);
        return new StaffProfile(member.HsaId, member.Name, member.Title, roles);
    }

    /// <summary>The staff who hold <paramref name="role"/> at the clinic, by name.</summary>
    public async Task<IReadOnlyList<StaffMemberInfo>> WithRoleAtAsync(string clinicKey, string role, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var members = await (
            from r in db.StaffRoles.AsNoTracking()
            where r.ClinicKey == clinicKey && r.Role == role
            join s in db.Staff.AsNoTracking() on r.HsaId equals s.HsaId
            select new StaffMemberInfo(s.HsaId, s.Name, s.Title)).ToListAsync(cancellationToken);
        return [.. members.DistinctBy(m => m.HsaId).OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    public async Task<IReadOnlyDictionary<string, StaffMemberInfo>> NamesAsync(IEnumerable<string> hsaIds, CancellationToken cancellationToken = default)
    {
        var ids = hsaIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, StaffMemberInfo>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Where(s => ids.Contains(s.HsaId))
            .ToDictionaryAsync(s => s.HsaId, s => new StaffMemberInfo(s.HsaId, s.Name, s.Title), cancellationToken);
    }
}

public sealed record ClinicRole(string ClinicKey, string Role);

public sealed record StaffMemberInfo(string HsaId, string Name, string Title);

/// <summary>A staff member and the roles they hold at clinics.</summary>
public sealed record StaffProfile(string HsaId, string Name, string Title, IReadOnlyList<ClinicRole> Roles)
{
    public bool Has(string role, string clinicKey) => Roles.Any(r => r.Role == role && r.ClinicKey == clinicKey);

    public IReadOnlyList<string> ClinicsWith(string role) => [.. Roles.Where(r => r.Role == role).Select(r => r.ClinicKey).Distinct()];

    public bool IsReceiverAt(string clinicKey) => Has(StaffRoles.Arendemottagare, clinicKey);

    public bool IsHandlerAt(string clinicKey) => Has(StaffRoles.Arendehanterare, clinicKey);

    /// <summary>Case work at a clinic: receiving or handling its cases. Everything else about a case is refused.</summary>
    public bool WorksCasesAt(string clinicKey) => IsReceiverAt(clinicKey) || IsHandlerAt(clinicKey);

    /// <summary>Clinics where the staff member receives or handles cases.</summary>
    public IReadOnlyList<string> CaseClinics =>
        [.. Roles.Where(r => r.Role is StaffRoles.Arendemottagare or StaffRoles.Arendehanterare).Select(r => r.ClinicKey).Distinct()];
}
