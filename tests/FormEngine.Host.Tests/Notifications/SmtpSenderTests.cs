using System.Text;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Workflows.Cases;
using Microsoft.AspNetCore.Hosting;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>With <c>FormEngine:Notifications:Smtp</c> configured, e-mail notifications go to that SMTP server.</summary>
public sealed class SmtpSenderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TinySmtpServer _smtp = new();

    [Fact]
    public async Task A_staff_answer_reaches_the_configured_SMTP_server_with_the_fixed_text_and_nothing_from_the_case()
    {
        using var host = new NotificationHost(_folder.File("smtp.db"), b => b
            .UseSetting("FormEngine:Notifications:Smtp:Host", "127.0.0.1")
            .UseSetting("FormEngine:Notifications:Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("FormEngine:Notifications:Smtp:From", "no-reply@1177.example.se")
            .UseSetting("FormEngine:Notifications:Smtp:EnableSsl", "false"), captureEmail: false);
        var resident = await host.Resident(StaffPeople.Gustav).LogInAsync();
        await AnsweredCase.SaveSettingsAsync(resident, "gustav.provstrom@example.se", null, byEmail: true, bySms: false);

        var caseId = await AnsweredCase.SubmitAndAnswerAsync(host, resident);

        var record = await host.SettledAsync(caseId);
        Assert.NotNull(record.SentAt);
        var (from, to, data) = Assert.Single(await Eventually.Async(() => Task.FromResult(_smtp.Messages.ToList()), m => m.Count > 0));
        Assert.Equal("MAIL FROM:<no-reply@1177.example.se>", from);
        Assert.Equal("RCPT TO:<gustav.provstrom@example.se>", to);
        Assert.Contains($"Message-ID: <notification-{record.Id}@1177.example.se>", data);
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(data[(data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Split("\r\n"))));
        Assert.Equal(NotificationTexts.NewMessage, body);
        Assert.DoesNotContain(caseId, data);
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _folder.Dispose();
    }
}
