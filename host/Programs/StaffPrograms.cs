using FormEngine.Host.Cases;
using FormEngine.Host.Notifications;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Programs;

/// <summary>One resident in a program, as the behandlare's list shows it.</summary>
public sealed record AssignmentRow(string Id, string ResidentName, string ClinicKey, string ProgramKey, string CurrentModuleKey, bool NewForBehandlare, DateTimeOffset UpdatedAt);

public abstract record AssignResult
{
    public sealed record Assigned(string AssignmentId) : AssignResult;
    public sealed record Refused(string Message) : AssignResult;
}

/// <summary>
/// The behandlare's side of Stöd och behandling. Every method takes the clinics where the caller is behandlare
/// (the page decides them from the database, per request); an assignment at any other clinic does not exist for
/// them. Every read of a resident's progress and every change is written to the access log, in the same
/// transaction as the change.
/// </summary>
public sealed class StaffPrograms(
    IDbContextFactory<PortalDbContext> contexts, ProgramLibrary library, AccessLog accessLog, NotificationSignal notifications, TimeProvider clock)
{
    public const string ProgressViewed = "Stöd och behandling: moduler, formulärsvar och meddelanden";

    /// <summary>The fixed notification text: it says that something waits, never what (no program name, no contents).</summary>
    public const string NotificationText = "Du har ett nytt meddelande i e-tjänsterna på 1177. Logga in för att läsa det.";

    public async Task<IReadOnlyList<AssignmentRow>> ListAsync(IReadOnlyCollection<string> clinicKeys, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from a in db.ProgramAssignments.AsNoTracking()
            where clinicKeys.Contains(a.ClinicKey)
            join r in db.Residents.AsNoTracking() on a.ResidentPersonnummer equals r.Personnummer into residents
            from r in residents.DefaultIfEmpty()
            select new AssignmentRow(a.Id, r == null ? "" : r.Name, a.ClinicKey, a.ProgramKey, a.CurrentModuleKey, a.NewForBehandlare, a.UpdatedAt))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.NewForBehandlare).ThenByDescending(r => r.UpdatedAt)];
    }

    public async Task<AssignResult> AssignAsync(string hsaId, string clinicKey, string personnummer, string programKey, Catalog.Clinic clinic,
        CancellationToken cancellationToken = default)
    {
        if (library.Find(programKey) is not { } program || !program.IsUsableBy(clinic))
            return new AssignResult.Refused("Välj ett av programmen som mottagningen kan använda.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Personnummer == personnummer, cancellationToken);
        if (resident is null || resident.AccountStatus == AccountStatus.Deceased)
            return new AssignResult.Refused("Det finns inget invånarkonto med det personnumret.");
        if (await db.ProgramAssignments.AnyAsync(a => a.ResidentPersonnummer == personnummer && a.ProgramKey == programKey, cancellationToken))
            return new AssignResult.Refused("Invånaren har redan det här programmet.");

        var now = clock.GetUtcNow();
        var assignment = new ProgramAssignment
        {
            Id = Guid.NewGuid().ToString("N"),
            ProgramKey = program.Key,
            ProgramVersion = program.Version,
            ResidentPersonnummer = personnummer,
            BehandlareHsaId = hsaId,
            ClinicKey = clinicKey,
            CurrentModuleKey = program.Modules[0].Key,
            StartedAt = now,
            UpdatedAt = now,
        };
        db.ProgramAssignments.Add(assignment);
        db.AccessLog.Add(accessLog.Entry(hsaId, personnummer, clinicKey, AccessLog.Change, $"Stöd och behandling: programmet {program.Title.In("sv")} tilldelat"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another behandlare assigned the same program a moment ago (the unique index decided).
            return new AssignResult.Refused("Invånaren har redan det här programmet.");
        }
        return new AssignResult.Assigned(assignment.Id);
    }

    /// <summary>The resident's progress, logged as a read; null when it is not at one of the caller's clinics.</summary>
    public async Task<(ProgramProgress Progress, Resident? Resident)?> OpenAsync(string hsaId, IReadOnlyCollection<string> clinicKeys, string assignmentId,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.ProgramAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null || !clinicKeys.Contains(assignment.ClinicKey)) return null;
        if (await ProgramReads.ProgressAsync(db, library, assignment, cancellationToken) is not { } progress) return null;
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Personnummer == assignment.ResidentPersonnummer, cancellationToken);
        assignment.NewForBehandlare = false;
        db.AccessLog.Add(accessLog.Entry(hsaId, assignment.ResidentPersonnummer, assignment.ClinicKey, AccessLog.Read, ProgressViewed));
        await db.SaveChangesAsync(cancellationToken);
        return (progress, resident);
    }

    /// <summary>
    /// Opens <paramref name="moduleKey"/> for the resident when it is the next module: a repeated post (a double
    /// click, a second tab) finds it open already and changes nothing.
    /// </summary>
    public async Task<bool> OpenModuleAsync(string hsaId, IReadOnlyCollection<string> clinicKeys, string assignmentId, string moduleKey,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.ProgramAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null || !clinicKeys.Contains(assignment.ClinicKey) || library.Find(assignment.ProgramKey) is not { } program) return false;
        var current = program.IndexOf(assignment.CurrentModuleKey);
        var wanted = program.IndexOf(moduleKey);
        if (wanted != current + 1) return wanted >= 0 && wanted <= current;
        assignment.CurrentModuleKey = moduleKey;
        assignment.UpdatedAt = clock.GetUtcNow();
        assignment.ModuleOpenedAt = assignment.UpdatedAt;
        db.AccessLog.Add(accessLog.Entry(hsaId, assignment.ResidentPersonnummer, assignment.ClinicKey, AccessLog.Change,
            $"Stöd och behandling: modulen {program.Modules[wanted].Title.In("sv")} öppnad"));
        db.Notifications.Add(Notification(assignment.ResidentPersonnummer, assignment.UpdatedAt));
        await db.SaveChangesAsync(cancellationToken);
        notifications.Nudge();
        return true;
    }

    /// <summary>A message to the resident, with a content-free notification; false when not the caller's assignment.</summary>
    public async Task<bool> WriteAsync(string hsaId, IReadOnlyCollection<string> clinicKeys, string assignmentId, string text,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.ProgramAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null || !clinicKeys.Contains(assignment.ClinicKey)) return false;
        var now = clock.GetUtcNow();
        db.ProgramMessages.Add(new ProgramMessage { AssignmentId = assignment.Id, FromBehandlare = true, Author = hsaId, Text = text, SentAt = now });
        assignment.UpdatedAt = now;
        db.AccessLog.Add(accessLog.Entry(hsaId, assignment.ResidentPersonnummer, assignment.ClinicKey, AccessLog.Change, "Stöd och behandling: meddelande till invånaren"));
        db.Notifications.Add(Notification(assignment.ResidentPersonnummer, now));
        await db.SaveChangesAsync(cancellationToken);
        notifications.Nudge();
        return true;
    }

    private static NotificationRecord Notification(string personnummer, DateTimeOffset now) =>
        new() { ResidentPersonnummer = personnummer, Text = NotificationText, CreatedAt = now };
}
