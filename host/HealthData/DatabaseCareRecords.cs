using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.HealthData;

/// <summary>The care records on FormEngine's own database: the demo stand-in for the journal systems.</summary>
public sealed class DatabaseCareRecords(IDbContextFactory<PortalDbContext> contexts) : ICareRecords
{
    public async Task<IReadOnlyList<CareRecordItem>> ForResidentAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CareRecordEntries.AsNoTracking()
            .Where(e => e.ResidentPersonnummer == personnummer)
            .OrderByDescending(e => e.RecordedOn).ThenByDescending(e => e.Id)
            .Select(e => new CareRecordItem(e.Kind == CareRecordKinds.Lab, e.ClinicKey, e.RecordedOn, e.Title, e.Text, e.Author))
            .ToListAsync(cancellationToken);
    }
}
