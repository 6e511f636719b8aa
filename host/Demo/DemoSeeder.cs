using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Demo;

/// <summary>
/// Fills an empty database with the demo residents and staff, so `dotnet run` shows a working portal.
/// Runs only when the Residents table is empty and adds only what is missing, so running it again changes nothing.
/// </summary>
public sealed partial class DemoSeeder(IDbContextFactory<PortalDbContext> contexts, IHostEnvironment environment, TimeProvider time, ILogger<DemoSeeder> logger)
{
    /// <returns>Whether anything was added.</returns>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Residents.AnyAsync(cancellationToken)) return false;

        var residentsFile = DemoFiles.ReadResidents(environment.ContentRootPath);
        var staffFile = DemoFiles.ReadStaff(environment.ContentRootPath);
        var today = SwedishTime.Today(time);
        var now = time.GetUtcNow();
        foreach (var demo in residentsFile.Residents)
            db.Residents.Add(ToResident(demo, residentsFile.Region, today, now));
        db.GuardianRelations.AddRange(Ombud.DemoGuardianRelations.From(residentsFile, today));

        var knownStaff = (await db.Staff.Select(s => s.HsaId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var demo in staffFile.Staff.Where(s => !knownStaff.Contains(s.HsaId)))
            db.Staff.Add(new StaffMember
            {
                HsaId = demo.HsaId, Name = demo.Name, Title = demo.Title,
                Roles = [.. demo.Roles.Select(r => new StaffRole { HsaId = demo.HsaId, Role = r.Role, ClinicKey = r.Clinic, RegionKey = r.Region })],
            });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another host seeded the same database at the same moment: its rows are the same rows.
            SeededElsewhere(logger);
            return false;
        }
        Seeded(logger, residentsFile.Residents.Count, staffFile.Staff.Count);
        return true;
    }

    /// <summary>The personnummer a demo entry stands for today (children's are computed so their age holds).</summary>
    public static string PersonnummerOf(DemoResident demo, DateOnly today) =>
        demo.Personnummer ?? (demo.Age is { } age && demo.Serial is { } serial
            ? TestPersonnummer.Create(TestPersonnummer.BirthDateFor(today, age, demo.DaysPastBirthday), serial)
            : throw new InvalidDataException($"Demo resident '{demo.Name}' needs a personnummer, or an age and a serial."));

    private static Resident ToResident(DemoResident demo, string region, DateOnly today, DateTimeOffset now)
    {
        var status = demo.Status switch
        {
            "active" => AccountStatus.Active,
            "never-logged-in" => AccountStatus.NeverLoggedIn,
            "locked" => AccountStatus.Locked,
            _ => throw new InvalidDataException($"Demo resident '{demo.Name}' has unknown status '{demo.Status}'."),
        };
        return new Resident
        {
            Personnummer = PersonnummerOf(demo, today),
            Name = demo.Name,
            AccountStatus = status,
            ProtectedIdentity = demo.ProtectedIdentity,
            Email = demo.Email,
            Phone = demo.Phone,
            RegionKey = demo.Region ?? region,
            ActivatedAt = status == AccountStatus.NeverLoggedIn ? null : now,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Residents} residents, {Staff} staff")]
    private static partial void Seeded(ILogger logger, int residents, int staff);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data was seeded by another host")]
    private static partial void SeededElsewhere(ILogger logger);
}
