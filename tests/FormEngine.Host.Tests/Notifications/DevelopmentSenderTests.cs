using FormEngine.Host.Notifications;
using FormEngine.Host.Tests.Boot;
using FormEngine.Workflows.Cases;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>The development sender's file: one line per message, the address partly masked, the fixed text.</summary>
public sealed class DevelopmentSenderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Each_message_is_a_line_in_the_log_file_with_the_address_masked()
    {
        var options = Options.Create(new NotificationOptions { DevelopmentLogFile = "data/notifications.log" });
        var email = new DevelopmentNotificationSender(NotificationChannels.Email, options, new Environment(_folder.Path), TimeProvider.System, NullLogger<DevelopmentNotificationSender>.Instance);
        var sms = new DevelopmentNotificationSender(NotificationChannels.Sms, options, new Environment(_folder.Path), TimeProvider.System, NullLogger<DevelopmentNotificationSender>.Instance);

        await email.SendAsync(new OutgoingNotification(41, NotificationChannels.Email, "karl.karlsson@example.se", NotificationTexts.NewMessage), CancellationToken.None);
        await sms.SendAsync(new OutgoingNotification(42, NotificationChannels.Sms, "+46701234567", NotificationTexts.NewMessage), CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(_folder.File("data/notifications.log"));
        Assert.Equal(2, lines.Length);
        Assert.Equal(["41", "email", "k***@e***.se", NotificationTexts.NewMessage], lines[0].Split('\t')[1..]);
        Assert.Equal(["42", "sms", "+46 ** *** 45 67", NotificationTexts.NewMessage], lines[1].Split('\t')[1..]);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";
        public string ApplicationName { get; set; } = "FormEngine.Host";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
