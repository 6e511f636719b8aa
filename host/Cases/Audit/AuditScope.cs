using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases.Audit;

/// <summary>
/// Which clinics' access-log entries a member of staff may read: those of every region where they are granskare
/// now (read from the database per request, like <see cref="StaffDirectory"/>, so a removed role applies at once).
/// </summary>
public sealed class AuditScope(IDbContextFactory<PortalDbContext> contexts, DefinitionLibrary definitions)
{
    /// <returns>The clinics (key and name, by name); empty when the person is granskare nowhere.</returns>
    public async Task<IReadOnlyList<(string Key, string Name)>> ClinicsAsync(string? hsaId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(hsaId)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var regions = await db.StaffRoles.AsNoTracking()
            .Where(r => r.HsaId == hsaId && r.Role == StaffRoles.Granskare && r.RegionKey != null)
            .Select(r => r.RegionKey!).ToListAsync(cancellationToken);
        return [.. definitions.Catalog.Clinics.Where(c => regions.Contains(c.RegionKey))
            .OrderBy(c => c.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false))
            .Select(c => (c.Key, c.Name))];
    }
}
