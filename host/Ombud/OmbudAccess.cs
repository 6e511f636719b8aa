using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Ombud;

/// <summary>
/// Puts the register (<see cref="IGuardianships"/>), the residents' skyddad identitet and <see cref="ProxyRights"/>
/// together: whom a guardian may act for right now. A child not yet known to the portal (never logged in, not
/// seeded) has no Resident row and so no name or protection status: such a child is not offered.
/// </summary>
public sealed class OmbudAccess(IGuardianships guardianships, ProxyRights rights, IDbContextFactory<PortalDbContext> contexts)
{
    /// <summary>The children the guardian may act for today, by name.</summary>
    public async Task<IReadOnlyList<Represented>> ChildrenAsync(string guardianPersonnummer, CancellationToken cancellationToken = default)
    {
        var children = await guardianships.ChildrenOfAsync(guardianPersonnummer, cancellationToken);
        if (children.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Residents.AsNoTracking()
            .Where(r => r.Personnummer == guardianPersonnummer || children.Contains(r.Personnummer))
            .Select(r => new { r.Personnummer, r.Name, r.ProtectedIdentity })
            .ToListAsync(cancellationToken);
        var guardian = people.FirstOrDefault(p => p.Personnummer == guardianPersonnummer);
        if (guardian is null) return [];
        var self = new ProxyParty(guardian.Personnummer, guardian.ProtectedIdentity);
        return [.. people
            .Where(p => p.Personnummer != guardianPersonnummer
                && rights.MayAct(self, new ProxyParty(p.Personnummer, p.ProtectedIdentity), isGuardian: true))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new Represented(p.Personnummer, p.Name))];
    }

    /// <summary>The child when the guardian may act for them right now; null otherwise (any reason).</summary>
    public async Task<Represented?> FindAsync(string guardianPersonnummer, string childPersonnummer, CancellationToken cancellationToken = default) =>
        (await ChildrenAsync(guardianPersonnummer, cancellationToken)).FirstOrDefault(c => c.Personnummer == childPersonnummer);
}
