using FormEngine.Workflows.Cases;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Notifications;

/// <summary>
/// The notification outbox's sending side. Call after <c>AddCaseHandling</c>: it wraps that
/// <see cref="INotificationOutbox"/> so that queuing a notification wakes the dispatcher.
/// </summary>
public static class NotificationServiceCollectionExtensions
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.Section));
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationClaims>();
        services.AddSingleton<NotificationRouting>();
        services.AddSingleton<ChildContactSettings>();

        var database = services.LastOrDefault(d => d.ServiceType == typeof(INotificationOutbox))
            ?? throw new InvalidOperationException("AddNotifications needs the case handling's INotificationOutbox (AddCaseHandling) first.");
        services.Replace(ServiceDescriptor.Singleton<INotificationOutbox>(sp => new NudgingNotificationOutbox(
            (INotificationOutbox)(database.ImplementationInstance ?? database.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, database.ImplementationType!)), sp.GetRequiredService<NotificationSignal>())));

        // SMS always, e-mail unless SMTP is configured, go to the development sender; a later registration replaces them.
        services.AddSingleton<INotificationSender>(sp => Development(sp, NotificationChannels.Sms));
        var smtpHost = configuration[$"{NotificationOptions.Section}:Smtp:Host"];
        if (string.IsNullOrWhiteSpace(smtpHost)) services.AddSingleton<INotificationSender>(sp => Development(sp, NotificationChannels.Email));
        else services.AddSingleton<INotificationSender, SmtpNotificationSender>();

        // One instance, also reachable as itself (to send the outbox now, e.g. from a test or an admin action).
        services.AddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        return services;
    }

    private static DevelopmentNotificationSender Development(IServiceProvider services, string channel) =>
        new(channel, services.GetRequiredService<IOptions<NotificationOptions>>(), services.GetRequiredService<IHostEnvironment>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<DevelopmentNotificationSender>>());
}
