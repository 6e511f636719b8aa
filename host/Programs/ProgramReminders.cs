using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Host.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Programs;

/// <summary>
/// Reminders in Stöd och behandling: a resident whose current module has been open <see cref="ProgramOptions.ReminderDays"/>
/// days without anything sent from them gets one notification with a fixed text (it never names the program: that
/// a person is in a treatment program is health data). The reminder and its mark commit together, so a restart or a
/// second host sends it once.
/// </summary>
public sealed class ProgramReminders(
    IDbContextFactory<PortalDbContext> contexts, NotificationSignal notifications, IOptions<ProgramOptions> options, TimeProvider clock)
{
    public const string ReminderText = "Du har en påminnelse i e-tjänsterna på 1177. Logga in för att läsa den.";

    /// <returns>How many residents were reminded.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.ReminderDays <= 0) return 0;
        var now = clock.GetUtcNow();
        var openedBefore = now.AddDays(-options.Value.ReminderDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.ProgramAssignments
            .Where(a => (a.ModuleOpenedAt ?? a.StartedAt) <= openedBefore
                && (a.RemindedAt == null || a.RemindedAt < (a.ModuleOpenedAt ?? a.StartedAt)))
            .Where(a => !db.ProgramStepSubmissions.Any(s => s.AssignmentId == a.Id && s.SubmittedAt >= (a.ModuleOpenedAt ?? a.StartedAt)))
            .Where(a => !db.ProgramMessages.Any(m => m.AssignmentId == a.Id && !m.FromBehandlare && m.SentAt >= (a.ModuleOpenedAt ?? a.StartedAt)))
            .OrderBy(a => a.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var assignment in due)
        {
            assignment.RemindedAt = now;
            db.Notifications.Add(new NotificationRecord { ResidentPersonnummer = assignment.ResidentPersonnummer, Text = ReminderText, CreatedAt = now });
        }
        if (due.Count == 0) return 0;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return 0;
        }
        notifications.Nudge();
        return due.Count;
    }
}
