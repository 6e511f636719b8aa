using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>
/// A staff answer lands in the inbox and the workflow queues a notification; the dispatcher sends it on the
/// channels the resident chose in Inställningar, once, and retries a failing sender.
/// </summary>
public sealed class NotificationOutboxTests : IClassFixture<NotificationOutboxTests.Fixture>
{
    private readonly NotificationHost _host;

    public NotificationOutboxTests(Fixture fixture) => _host = fixture.Host;

    public sealed class Fixture : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Fixture() => Host = new NotificationHost(_folder.File("notifications.db"));

        public NotificationHost Host { get; }

        public void Dispose()
        {
            Host.Dispose();
            _folder.Dispose();
        }
    }

    [Fact]
    public async Task A_staff_answer_to_a_resident_who_chose_e_mail_sends_exactly_one_e_mail_with_the_fixed_text()
    {
        var resident = await _host.Resident(StaffPeople.Gustav).LogInAsync();
        await AnsweredCase.SaveSettingsAsync(resident, "gustav.provstrom@example.se", null, byEmail: true, bySms: false);

        var caseId = await AnsweredCase.SubmitAndAnswerAsync(_host, resident);

        var record = await _host.SettledAsync(caseId);
        Assert.NotNull(record.SentAt);
        Assert.Equal("email", record.SentChannels);
        var mail = Assert.Single(_host.Email.For(record.Id));
        Assert.Equal("gustav.provstrom@example.se", mail.Recipient);
        Assert.Equal(NotificationTexts.NewMessage, mail.Text);
        Assert.DoesNotContain(AnsweredCase.Answer, mail.Text);
        Assert.DoesNotContain(caseId, mail.Text);
        Assert.Empty(_host.Sms.For(record.Id));
    }

    [Fact]
    public async Task A_resident_who_chose_no_channel_gets_nothing_and_the_row_says_why()
    {
        var resident = await _host.Resident("200106234966").LogInAsync();
        await AnsweredCase.SaveSettingsAsync(resident, "annan@example.se", "070-123 45 67", byEmail: false, bySms: false);

        var caseId = await AnsweredCase.SubmitAndAnswerAsync(_host, resident);

        var record = await _host.SettledAsync(caseId);
        Assert.Null(record.SentAt);
        Assert.Equal("The resident has chosen no notification channel.", record.NotSentReason);
        Assert.Empty(_host.Email.For(record.Id));
        Assert.Empty(_host.Sms.For(record.Id));
    }

    [Fact]
    public async Task A_failing_sender_is_retried_with_backoff_and_each_channel_goes_out_once()
    {
        var resident = await _host.Resident("198902025710").LogInAsync();
        await AnsweredCase.SaveSettingsAsync(resident, "felande@example.se", "0701234567", byEmail: true, bySms: true);
        _host.Email.FailFirst("felande@example.se", 2);

        var caseId = await AnsweredCase.SubmitAndAnswerAsync(_host, resident);

        var record = await _host.SettledAsync(caseId);
        Assert.NotNull(record.SentAt);
        Assert.Equal(3, record.Attempts);
        Assert.Single(_host.Email.For(record.Id));
        // SMS went out on the first attempt, before e-mail failed; the retries sent only e-mail.
        var sms = Assert.Single(_host.Sms.For(record.Id));
        Assert.Equal("+46701234567", sms.Recipient);
        Assert.Equal(NotificationTexts.NewMessage, sms.Text);
    }
}
