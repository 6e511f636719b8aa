using System.Net;
using FormEngine.Host.Notifications;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>Inställningar: the resident's contact details and notification choices, checked and stored on the resident.</summary>
public sealed class SettingsPageTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task Saved_settings_are_stored_on_the_resident_with_the_mobile_number_normalised_and_shown_again()
    {
        var resident = await new ResidentBrowser(Host, "198509224625").LogInAsync();

        var response = await PageForms.PostAsync(resident.Client, "/installningar", new Dictionary<string, string>
        {
            ["Email"] = " anna@example.se ", ["Mobile"] = "+46 70-123 45 67", ["NotifyBySms"] = "true", ["PrefersDigital"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/installningar?sparat=1", response.Headers.Location!.OriginalString);
        var stored = await Host.QueryAsync(db => db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == "198509224625"));
        Assert.Equal(("anna@example.se", "+46701234567", false, true, true), (stored.Email, stored.Phone, stored.NotifyByEmail, stored.NotifyBySms, stored.PrefersDigital));
        var page = await resident.PageAsync("/installningar?sparat=1");
        Assert.Contains("Dina inställningar är sparade.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("070-123 45 67", page.QuerySelector("#mobil")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#avisering-sms[checked]"));
        Assert.Null(page.QuerySelector("#avisering-epost[checked]"));
        Assert.NotNull(page.QuerySelector("#digitalt[checked]"));
    }

    [Fact]
    public async Task Wrong_contact_details_and_a_channel_without_an_address_are_refused_with_Swedish_messages_and_nothing_is_stored()
    {
        var resident = await new ResidentBrowser(Host, StaffPeople.NeverLoggedInNils).LogInAsync();
        var before = await Host.QueryAsync(db => db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == StaffPeople.NeverLoggedInNils));

        var response = await PageForms.PostAsync(resident.Client, "/installningar", new Dictionary<string, string>
        {
            ["Email"] = "inte en adress", ["Mobile"] = "08-123 456 78", ["NotifyByEmail"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        var errors = page.QuerySelectorAll(".error-summary a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#epost", ContactDetails.EmailFormat), ("#mobil", ContactDetails.MobileFormat)], errors);
        Assert.Equal("true", page.QuerySelector("#epost")!.GetAttribute("aria-invalid"));
        var after = await Host.QueryAsync(db => db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == StaffPeople.NeverLoggedInNils));
        Assert.Equal((before.Email, before.Phone, before.NotifyByEmail), (after.Email, after.Phone, after.NotifyByEmail));

        response = await PageForms.PostAsync(resident.Client, "/installningar", new Dictionary<string, string>
        {
            ["Email"] = "", ["Mobile"] = "", ["NotifyByEmail"] = "true", ["NotifyBySms"] = "true",
        });
        page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([ContactDetails.EmailNeeded, ContactDetails.MobileNeeded], page.QuerySelectorAll(".error-summary a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_page_is_for_signed_in_residents_and_is_in_their_menu()
    {
        var anonymous = await Host.Browser().GetAsync("/installningar");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var resident = await new ResidentBrowser(Host, StaffPeople.Gustav).LogInAsync();
        var start = await resident.PageAsync("/");
        Assert.NotNull(start.QuerySelector("header a[href='/installningar'], nav a[href='/installningar']"));
    }

    [Theory]
    [InlineData("0701234567", "+46701234567")]
    [InlineData("070-123 45 67", "+46701234567")]
    [InlineData("+46 73 123 45 67", "+46731234567")]
    [InlineData("0046761234567", "+46761234567")]
    [InlineData("079-123 45 67", "+46791234567")]
    public void Swedish_mobile_numbers_are_accepted_in_the_usual_ways_of_writing_them(string typed, string stored) =>
        Assert.Equal((stored, (string?)null), ContactDetails.Mobile(typed));

    [Theory]
    [InlineData("08-123 456 78")] // a landline
    [InlineData("070123456")] // a digit short
    [InlineData("+4570123456")] // not Swedish
    [InlineData("070-123 45 67 x")]
    [InlineData("07+01234567")]
    public void Other_numbers_are_refused(string typed) => Assert.Equal(((string?)null, ContactDetails.MobileFormat), ContactDetails.Mobile(typed));

    [Theory]
    [InlineData("namn@exempel")]
    [InlineData("Namn <namn@exempel.se>")]
    [InlineData("namn@@exempel.se")]
    [InlineData("na mn@exempel.se")]
    public void Malformed_e_mail_addresses_are_refused(string typed) => Assert.Equal(((string?)null, ContactDetails.EmailFormat), ContactDetails.Email(typed));
}
