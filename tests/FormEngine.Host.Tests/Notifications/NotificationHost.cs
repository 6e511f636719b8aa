using FormEngine.Host.Notifications;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>
/// The real host with capturing senders for e-mail and SMS (registered last, so they replace the development
/// sender) and a short poll interval and retry delay, so retries happen within a test's patience.
/// </summary>
public sealed class NotificationHost : IDisposable
{
    private readonly BootHost _boot;

    public NotificationHost(string databaseFile, Action<IWebHostBuilder>? configure = null, bool captureEmail = true)
    {
        _boot = new BootHost(databaseFile);
        Factory = _boot.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("FormEngine:Notifications:PollInterval", "00:00:00.500");
            builder.UseSetting("FormEngine:Notifications:FirstRetryDelay", "00:00:00.200");
            builder.ConfigureTestServices(services =>
            {
                if (captureEmail) services.AddSingleton<INotificationSender>(Email);
                services.AddSingleton<INotificationSender>(Sms);
            });
            configure?.Invoke(builder);
        });
        _ = Factory.Server; // start now: migrations, definitions, seed
    }

    public WebApplicationFactory<Program> Factory { get; }
    public CapturingSender Email { get; } = new(NotificationChannels.Email);
    public CapturingSender Sms { get; } = new(NotificationChannels.Sms);

    public ResidentBrowser Resident(string personnummer) =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), personnummer);

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>The case's notification once it is settled (sent or not sent), waiting for the dispatcher.</summary>
    public async Task<NotificationRecord> SettledAsync(string caseId)
    {
        var rows = await Eventually.Async(() => QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.CaseId == caseId).ToListAsync()),
            rows => rows.Count > 0 && rows.All(n => n.SentAt is not null || n.NotSentReason is not null), TimeSpan.FromSeconds(60));
        return Assert.Single(rows);
    }

    public void Dispose()
    {
        Factory.Dispose();
        _boot.Dispose();
    }
}
