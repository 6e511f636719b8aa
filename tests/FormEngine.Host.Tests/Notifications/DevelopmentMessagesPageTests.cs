using System.Net;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>The development sender's page shows what went out, addresses partly masked; outside Development it is not there.</summary>
public sealed class DevelopmentMessagesPageTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_sent_notification_is_listed_with_a_masked_address_and_the_fixed_text()
    {
        const string personnummer = "194907102786";
        var resident = await new ResidentBrowser(Host, personnummer).LogInAsync();
        await AnsweredCase.SaveSettingsAsync(resident, "karl.karlsson@example.se", null, byEmail: true, bySms: false);
        var id = await Host.QueryAsync(async db =>
        {
            var row = new NotificationRecord { ResidentPersonnummer = personnummer, Text = NotificationTexts.NewMessage, CreatedAt = DateTimeOffset.UtcNow };
            db.Notifications.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        await Eventually.Async(() => Host.QueryAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id)), n => n.SentAt is not null, TimeSpan.FromSeconds(60));

        var page = await resident.PageAsync("/utvecklare/meddelanden");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("Skickad", row.TextContent);
        Assert.Contains("e-post k***@e***.se", row.TextContent);
        Assert.Contains(NotificationTexts.NewMessage, row.TextContent);
        Assert.DoesNotContain("karl.karlsson", page.Body!.TextContent);
    }

    [Fact]
    public async Task Outside_Development_the_page_is_not_there()
    {
        using var production = Host.WithWebHostBuilder(b => b.UseEnvironment("Staging"));
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/utvecklare/meddelanden")).StatusCode);
    }
}
