using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Ombud;

/// <summary>Guardianships from the portal's GuardianRelation table (filled by the demo seeder).</summary>
public sealed class DatabaseGuardianships(IDbContextFactory<PortalDbContext> contexts) : IGuardianships
{
    public async Task<IReadOnlyList<string>> ChildrenOfAsync(string guardianPersonnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GuardianRelations.AsNoTracking()
            .Where(r => r.GuardianPersonnummer == guardianPersonnummer)
            .Select(r => r.ChildPersonnummer)
            .ToListAsync(cancellationToken);
    }
}
