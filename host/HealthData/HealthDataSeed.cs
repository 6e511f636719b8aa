using FormEngine.Host.Demo;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.HealthData;

/// <summary>
/// Seeds the demo registers (<see cref="DemoHealthRecords"/>) for the demo residents that exist in the database,
/// found by name (children's personnummer depend on the seeding day). A resident who already has rows in any of
/// the registers is left alone, so starting again changes nothing. Dates count back from today.
/// </summary>
public sealed partial class HealthDataSeed(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, ILogger<HealthDataSeed> logger) : IDemoSeed
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var today = SwedishTime.Today(clock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = DemoHealthRecords.Names;
        var residents = await db.Residents.AsNoTracking().Where(r => names.Contains(r.Name))
            .Select(r => new { r.Name, r.Personnummer }).ToListAsync(cancellationToken);
        var seeded = 0;
        foreach (var resident in residents)
        {
            if (await DemoDefaults.IsKnownAsync(db, resident.Personnummer, cancellationToken)) continue;
            DemoHealthRecords.Add(db, resident.Name, resident.Personnummer, today);
            seeded++;
        }
        if (seeded == 0) return;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Seeded(logger, seeded);
        }
        catch (DbUpdateException)
        {
            // Another host seeded the same residents at the same moment (the prescriptions' keys collide).
            AlreadySeeded(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo health data seeded for {Residents} residents")]
    private static partial void Seeded(ILogger logger, int residents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo health data was seeded by another host")]
    private static partial void AlreadySeeded(ILogger logger);
}
