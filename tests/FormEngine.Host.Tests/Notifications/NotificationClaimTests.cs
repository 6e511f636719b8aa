using FormEngine.Host.Notifications;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>The claim is what makes a row go out once across hosts: of several claimers exactly one gets it, and only it can mark it.</summary>
public sealed class NotificationClaimTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Of_hosts_racing_for_a_row_exactly_one_claims_it_and_a_stale_claim_cannot_mark_it()
    {
        using var host = new NotificationHost(_folder.File("claims.db"), b => b.UseSetting("FormEngine:Notifications:Enabled", "false"));
        var id = await host.QueryAsync(async db =>
        {
            var row = new NotificationRecord { ResidentPersonnummer = StaffPeople.Tolvan, Text = NotificationTexts.NewMessage, CreatedAt = DateTimeOffset.UtcNow };
            db.Notifications.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var contexts = host.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var hosts = Enumerable.Range(0, 4).Select(_ => new NotificationClaims(contexts, TimeProvider.System)).ToList();

        var claims = await Task.WhenAll(hosts.Select(h => h.ClaimAsync(id, CancellationToken.None)));

        var winner = Assert.Single(claims, c => c is not null)!;
        var stale = winner with { Token = winner.Token + "-stale" };
        Assert.False(await hosts[0].ChannelSentAsync(stale, ["email"], last: true, CancellationToken.None));
        Assert.True(await hosts[0].ChannelSentAsync(winner, ["email"], last: true, CancellationToken.None));
        var record = await host.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Equal((1, "email"), (record.Attempts, record.SentChannels));
        Assert.NotNull(record.SentAt);
        Assert.Null(await hosts[1].ClaimAsync(id, CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
