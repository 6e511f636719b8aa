using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.HealthData;

/// <summary>The high-cost database on FormEngine's own database (demo stand-in), with the region's threshold.</summary>
public sealed class DatabaseHighCostDatabase(IDbContextFactory<PortalDbContext> contexts, IOptions<HealthDataOptions> options) : IHighCostDatabase
{
    public async Task<HighCostStatus> ForResidentAsync(string personnummer, DateOnly today, CancellationToken cancellationToken = default)
    {
        var threshold = options.Value.HighCostThresholdKr;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var period = await db.HighCostPeriods.AsNoTracking()
            .Where(p => p.ResidentPersonnummer == personnummer).Select(p => (DateOnly?)p.PeriodStart).FirstOrDefaultAsync(cancellationToken);
        // A period that has run its 12 months is over: the next fee starts a new one.
        if (period is not { } start || start.AddMonths(12) <= today) return new HighCostStatus(null, [], threshold);
        var end = start.AddMonths(12);
        var payments = await db.HighCostPayments.AsNoTracking()
            .Where(p => p.ResidentPersonnummer == personnummer && p.PaidOn >= start && p.PaidOn < end)
            .OrderBy(p => p.PaidOn).ThenBy(p => p.Id)
            .Select(p => new HighCostPayment(p.PaidOn, p.AmountKr, p.ClinicKey))
            .ToListAsync(cancellationToken);
        return new HighCostStatus(start, payments, threshold);
    }
}
