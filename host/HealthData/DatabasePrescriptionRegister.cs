using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.HealthData;

/// <summary>The prescription register on FormEngine's own database (demo stand-in; see <see cref="DemoDefaults"/>).</summary>
public sealed class DatabasePrescriptionRegister(
    IDbContextFactory<PortalDbContext> contexts, IOptions<HealthDataOptions> options, TimeProvider clock) : IPrescriptionRegister
{
    public async Task<IReadOnlyList<EPrescription>> ForResidentAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Prescriptions.AsNoTracking()
            .Where(p => p.ResidentPersonnummer == personnummer)
            .Select(p => new EPrescription(p.Id, p.Medicine, p.DosageText, p.PrescribingClinicKey, p.PrescribedOn, p.WithdrawalsLeft, p.ValidUntil))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0 && options.Value.DemoDefaultsForUnknownResidents && !await DemoDefaults.IsKnownAsync(db, personnummer, cancellationToken))
            rows = [.. DemoDefaults.Prescriptions(personnummer, SwedishTime.Today(clock))];
        return [.. rows.OrderByDescending(p => p.PrescribedOn).ThenBy(p => p.Medicine, StringComparer.Ordinal)];
    }
}
