using FormEngine.Catalog;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Demo;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Listing;

/// <summary>
/// Lists every demo resident of a vårdval region who is not in the register yet at the vårdcentral "Mina
/// mottagningar" showed before vårdval existed (<see cref="ResidentClinics.StandInVardcentral"/>), so nothing a
/// demo resident saw changes. The listing began some years ago, on a date fixed by the personnummer.
/// </summary>
public sealed partial class ListingDemoSeed(
    IDbContextFactory<PortalDbContext> contexts, DefinitionLibrary library, TimeProvider clock, ILogger<ListingDemoSeed> logger) : IDemoSeed
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var catalog = library.Catalog;
        var regions = catalog.Regions.Where(r => r.Vardval is not null).Select(r => r.Key).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var residents = await db.Residents.AsNoTracking()
            .Where(r => regions.Contains(r.RegionKey) && !db.Listings.Any(l => l.ResidentPersonnummer == r.Personnummer))
            .Select(r => new { r.Personnummer, r.RegionKey }).ToListAsync(cancellationToken);
        var today = SwedishTime.Today(clock);
        var seeded = 0;
        foreach (var resident in residents)
        {
            if (ResidentClinics.StandInVardcentral(catalog.FindRegion(resident.RegionKey), resident.Personnummer) is not { } clinic) continue;
            db.Listings.Add(new ListingRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                ResidentPersonnummer = resident.Personnummer,
                ClinicKey = clinic.Key,
                RegionKey = clinic.RegionKey,
                EffectiveFrom = SinceFor(resident.Personnummer, today),
                RegisteredAt = clock.GetUtcNow(),
            });
            seeded++;
        }
        if (seeded == 0) return;
        await db.SaveChangesAsync(cancellationToken);
        Seeded(logger, seeded);
    }

    /// <summary>Between two and ten years ago, never before the resident was born (children are listed from birth).</summary>
    public static DateOnly SinceFor(string personnummer, DateOnly today)
    {
        var days = 730 + (int)(ulong.Parse(personnummer[^4..], System.Globalization.CultureInfo.InvariantCulture) * 7 % 2190);
        var since = today.AddDays(-days);
        var born = FormEngine.Identity.Personnummer.TryParse(personnummer, today, out var parsed) ? parsed.BirthDate : since;
        return since < born ? born : since;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo listings seeded for {Residents} residents")]
    private static partial void Seeded(ILogger logger, int residents);
}
