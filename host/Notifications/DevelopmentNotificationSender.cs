using System.Globalization;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Notifications;

/// <summary>
/// Sends nothing anywhere: records the message so the demo user can see it, on /utvecklare/meddelanden (which
/// lists the outbox) and, if <see cref="NotificationOptions.DevelopmentLogFile"/> is set, as a line in that file
/// (address partly masked, fixed text). The default for SMS, and for e-mail while no SMTP server is configured.
/// A real SMS gateway plugs in as another <see cref="INotificationSender"/> with <c>Channel = "sms"</c>,
/// registered after this one (the last registration for a channel wins).
/// </summary>
public sealed partial class DevelopmentNotificationSender(string channel, IOptions<NotificationOptions> options, IHostEnvironment environment,
    TimeProvider clock, ILogger<DevelopmentNotificationSender> logger) : INotificationSender
{
    private static readonly SemaphoreSlim FileLock = new(1, 1);

    public string Channel { get; } = channel;

    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        Recorded(logger, notification.RecordId, Channel);
        if (string.IsNullOrWhiteSpace(options.Value.DevelopmentLogFile)) return;
        var path = Path.Combine(environment.ContentRootPath, options.Value.DevelopmentLogFile);
        var line = string.Join('\t', clock.GetUtcNow().ToString("u", CultureInfo.InvariantCulture), notification.RecordId.ToString(CultureInfo.InvariantCulture),
            Channel, RecipientMask.For(Channel, notification.Recipient), notification.Text.ReplaceLineEndings(" "));
        await FileLock.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.AppendAllTextAsync(path, line + Environment.NewLine, cancellationToken);
        }
        finally
        {
            FileLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development sender: notification {Id} recorded on {Channel} (not delivered anywhere)")]
    private static partial void Recorded(ILogger logger, long id, string channel);
}
