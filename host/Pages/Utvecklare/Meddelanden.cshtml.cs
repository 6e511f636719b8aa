using FormEngine.Host.Notifications;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Pages.Utvecklare;

/// <summary>One notification as the development page shows it: addresses partly masked, the fixed text as sent.</summary>
public sealed record SentNotificationRow(long Id, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string Status, string Recipients, string Text);

/// <summary>
/// What the development sender "sent": the newest rows of the notification outbox, so the demo user can see a
/// notification go out without a mail server. Only in the Development environment; elsewhere the page is not there.
/// </summary>
public sealed class MeddelandenModel(IDbContextFactory<PortalDbContext> contexts, IHostEnvironment environment) : PageModel
{
    public const string Address = "/utvecklare/meddelanden";
    private const int Shown = 100;

    public IReadOnlyList<SentNotificationRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment()) return NotFound();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Notifications.AsNoTracking().OrderByDescending(n => n.Id).Take(Shown)
            .Select(n => new { n.Id, n.CreatedAt, n.SentAt, n.SentChannels, n.NotSentReason, n.Attempts, n.Text,
                Resident = db.Residents.Where(r => r.Personnummer == n.ResidentPersonnummer).Select(r => new { r.Email, r.Phone }).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        Rows = [.. rows.Select(n => new SentNotificationRow(n.Id, n.CreatedAt, n.SentAt,
            n.SentAt is not null ? "Skickad" : n.NotSentReason is not null ? "Skickas inte" : n.Attempts > 0 ? "Försöker igen" : "Väntar",
            Recipients(n.SentChannels, n.Resident?.Email, n.Resident?.Phone), n.Text))];
        return Page();
    }

    private static string Recipients(string? channels, string? email, string? phone) =>
        string.IsNullOrEmpty(channels) ? "–" : string.Join(", ", channels.Split(',').Select(c => c == NotificationChannels.Email
            ? $"e-post {RecipientMask.Email(email)}" : $"SMS {RecipientMask.Phone(phone)}"));
}
