using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>A notification queued by a host that stopped before sending it goes out, once, from the next host on the database.</summary>
public sealed class NotificationRestartTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_notification_pending_at_a_restart_is_sent_once_by_the_next_host()
    {
        var database = _folder.File("restart.db");
        string caseId;
        using (var first = new NotificationHost(database, b => b.UseSetting("FormEngine:Notifications:Enabled", "false")))
        {
            var resident = await first.Resident(StaffPeople.Gustav).LogInAsync();
            await AnsweredCase.SaveSettingsAsync(resident, "gustav@example.se", null, byEmail: true, bySms: false);
            caseId = await AnsweredCase.SubmitAndAnswerAsync(first, resident);
            await Eventually.Async(() => first.QueryAsync(db => db.Notifications.AsNoTracking().CountAsync(n => n.CaseId == caseId)), count => count == 1);
            var pending = await first.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.CaseId == caseId));
            Assert.Equal((null, 0), (pending.SentAt, pending.Attempts));
            Assert.Empty(first.Email.Sent);
        }

        using var second = new NotificationHost(database);
        var record = await second.SettledAsync(caseId);

        Assert.NotNull(record.SentAt);
        var mail = Assert.Single(second.Email.Sent);
        Assert.Equal((record.Id, "gustav@example.se", NotificationTexts.NewMessage), (mail.RecordId, mail.Recipient, mail.Text));
        // Further scans find nothing more to send.
        await second.Factory.Services.GetRequiredService<FormEngine.Host.Notifications.NotificationDispatcher>().SendPendingAsync(CancellationToken.None);
        Assert.Single(second.Email.Sent);
    }

    [Fact]
    public async Task A_row_claimed_by_a_host_that_died_mid_send_is_sent_again_once_its_lease_has_ended()
    {
        using var host = new NotificationHost(_folder.File("lease.db"), b => b.UseSetting("FormEngine:Notifications:Enabled", "false"));
        var id = await host.QueryAsync(async db =>
        {
            var resident = await db.Residents.SingleAsync(r => r.Personnummer == StaffPeople.Tolvan);
            (resident.Email, resident.NotifyByEmail) = ("tolvan@example.se", true);
            var row = new NotificationRecord
            {
                ResidentPersonnummer = StaffPeople.Tolvan, Text = NotificationTexts.NewMessage, CreatedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
                Attempts = 1, ClaimedBy = "dead-host:1:x/claim", ClaimedUntil = DateTimeOffset.UtcNow.AddSeconds(-1),
            };
            db.Notifications.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var dispatcher = host.Factory.Services.GetRequiredService<FormEngine.Host.Notifications.NotificationDispatcher>();

        await dispatcher.SendPendingAsync(CancellationToken.None);
        await dispatcher.SendPendingAsync(CancellationToken.None);

        var record = await host.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.NotNull(record.SentAt);
        Assert.Equal(2, record.Attempts);
        Assert.Single(host.Email.For(id));
    }

    public void Dispose() => _folder.Dispose();
}
