using FormEngine.Catalog;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Listing;

/// <summary>The listing register on FormEngine's database (table <c>listings</c>); earlier listings are kept as history.</summary>
public sealed class ListingRegisterOnDatabase(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IListingRegister
{
    public async Task<ListingStatus> StatusAsync(string personnummer, DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Listings.AsNoTracking().Where(l => l.ResidentPersonnummer == personnummer).ToListAsync(cancellationToken);
        var current = rows.Where(l => l.EffectiveFrom <= today)
            .OrderByDescending(l => l.EffectiveFrom).ThenByDescending(l => l.RegisteredAt).FirstOrDefault();
        var pending = rows.Where(l => l.EffectiveFrom > today)
            .OrderByDescending(l => l.RegisteredAt).FirstOrDefault();
        return new ListingStatus(current is null ? null : Entry(current), pending is null ? null : Entry(pending));
    }

    public async Task<ListingEntry> RegisterAsync(string personnummer, Clinic clinic, DateOnly effectiveFrom, DateOnly today, string? caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (caseId is not null && await db.Listings.AsNoTracking().FirstOrDefaultAsync(l => l.CaseId == caseId, cancellationToken) is { } earlier)
            return Entry(earlier);

        // The new choice replaces a change not yet in effect, and a listing of the same day.
        var replaced = await db.Listings
            .Where(l => l.ResidentPersonnummer == personnummer && (l.EffectiveFrom > today || l.EffectiveFrom == effectiveFrom))
            .ToListAsync(cancellationToken);
        db.Listings.RemoveRange(replaced);
        var record = new ListingRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            ResidentPersonnummer = personnummer,
            ClinicKey = clinic.Key,
            RegionKey = clinic.RegionKey,
            EffectiveFrom = effectiveFrom,
            RegisteredAt = clock.GetUtcNow(),
            CaseId = caseId,
        };
        db.Listings.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (caseId is not null)
        {
            // The same case's step ran twice at once: the first registration stands.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return Entry(await again.Listings.AsNoTracking().FirstAsync(l => l.CaseId == caseId, cancellationToken));
        }
        return Entry(record);
    }

    private static ListingEntry Entry(ListingRecord r) =>
        new(r.ResidentPersonnummer, r.ClinicKey, r.RegionKey, r.EffectiveFrom, r.RegisteredAt, r.CaseId);
}
