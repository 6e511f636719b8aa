using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>
/// A guardian acting for a child under 13 sets in Inställningar where they want to hear about the child's
/// messages; a message to the child is then notified there (fixed text, through the outbox), not on the child's
/// own settings, and only while the guardian may still act. Each test on its own host: they change demo people.
/// </summary>
public sealed class GuardianNotificationTests : IDisposable
{
    private const string GuardianEmail = "anna.om.lilla@example.se";
    private readonly TempFolder _folder = new();
    private readonly NotificationHost _host;

    public GuardianNotificationTests() => _host = new NotificationHost(_folder.File("guardian-notifications.db"));

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private Task<string> LillaAsync() =>
        _host.QueryAsync(db => db.Residents.Where(r => r.Name == "Lilla Exempelsson").Select(r => r.Personnummer).SingleAsync());

    /// <summary>Anna logged in, acting for Lilla, with her contact details for Lilla saved on the settings page.</summary>
    private async Task<(ResidentBrowser Anna, string Lilla)> AnnaActingForLillaAsync()
    {
        var lilla = await LillaAsync();
        var anna = await _host.Resident(OmbudTests.Anna).LogInAsync();
        await OmbudTests.ChooseAsync(anna, lilla);
        var page = await anna.PageAsync("/installningar");
        Assert.Contains("Du företräder Lilla Exempelsson", page.QuerySelector("main")!.TextContent);
        // Prefilled with the guardian's own address, nothing chosen until the guardian says so.
        Assert.Equal("anna.exempelsson@example.se", page.QuerySelector("#epost")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#avisering-epost")!.GetAttribute("checked"));
        Assert.Null(page.QuerySelector("#digitalt"));
        await AnsweredCase.SaveSettingsAsync(anna, GuardianEmail, "070-111 22 33", byEmail: true, bySms: true);
        return (anna, lilla);
    }

    [Fact]
    public async Task A_message_to_a_young_child_is_notified_at_the_contact_details_the_guardian_set_for_the_child()
    {
        var (anna, lilla) = await AnnaActingForLillaAsync();
        Assert.Equal(GuardianEmail, (await anna.PageAsync("/installningar")).QuerySelector("#epost")!.GetAttribute("value"));

        var caseId = await AnsweredCase.SubmitAndAnswerAsync(_host, anna);

        var record = await _host.SettledAsync(caseId);
        Assert.Equal(lilla, record.ResidentPersonnummer);
        Assert.NotNull(record.SentAt);
        var mail = Assert.Single(_host.Email.For(record.Id));
        Assert.Equal(GuardianEmail, mail.Recipient);
        Assert.Equal(NotificationTexts.NewMessage, mail.Text);
        Assert.Equal("+46701112233", Assert.Single(_host.Sms.For(record.Id)).Recipient);
        // Neither the child's own settings nor the guardian's own were touched.
        var (child, guardian) = await _host.QueryAsync(async db => (
            await db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == lilla),
            await db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == OmbudTests.Anna)));
        Assert.Null(child.Email);
        Assert.False(child.NotifyByEmail || child.NotifyBySms);
        Assert.Equal("anna.exempelsson@example.se", guardian.Email);
    }

    [Fact]
    public async Task When_protection_ends_the_guardians_right_the_guardian_is_no_longer_notified_about_the_child()
    {
        var (anna, lilla) = await AnnaActingForLillaAsync();
        var (check, _) = await FornyaRecept.FillAsync(anna);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(anna, check));
        await _host.QueryAsync(db => db.Residents.Where(r => r.Personnummer == lilla)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProtectedIdentity, true)));

        await AnsweredCase.AnswerAsync(_host, caseId);

        var record = await _host.SettledAsync(caseId);
        Assert.Null(record.SentAt);
        Assert.NotNull(record.NotSentReason);
        Assert.Empty(_host.Email.For(record.Id));
        Assert.Empty(_host.Sms.For(record.Id));
    }
}
