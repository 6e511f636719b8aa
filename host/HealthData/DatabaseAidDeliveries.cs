using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.HealthData;

/// <summary>The aids deliveries on FormEngine's own database (demo stand-in; see <see cref="DemoDefaults"/>).</summary>
public sealed class DatabaseAidDeliveries(
    IDbContextFactory<PortalDbContext> contexts, IOptions<HealthDataOptions> options, TimeProvider clock) : IAidDeliveries
{
    public async Task<IReadOnlyList<Aid>> ForResidentAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.AidEntitlements.AsNoTracking()
            .Where(a => a.ResidentPersonnummer == personnummer)
            .Select(a => new Aid(a.Id, a.Product, a.Category, a.ClinicKey, a.DeliveriesLeft, a.MinimumIntervalDays, a.LastDeliveredOn))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 && options.Value.DemoDefaultsForUnknownResidents && !await DemoDefaults.IsKnownAsync(db, personnummer, cancellationToken))
            rows = [.. DemoDefaults.Aids(SwedishTime.Today(clock))];
        return [.. rows.OrderBy(a => a.Product, StringComparer.Ordinal)];
    }
}
