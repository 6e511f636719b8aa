using System.Net;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Identity;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using static FormEngine.Host.Tests.Staff.StaffPeople;

namespace FormEngine.Host.Tests.Accounts;

/// <summary>
/// /personal/invanare: Lars Administratör (lokal administratör at vc-eksjo) locks, unlocks and inactivates residents'
/// accounts; Birgitta then tries to send them an invånarärende. Each test uses its own demo resident.
/// </summary>
public sealed class ResidentAccountTests(SharedHost shared) : IClassFixture<SharedHost>
{
    public const string Lars = "SE2321000065-P00000000007";
    private const string AccountsUrl = "/personal/invanare";
    private const string ComposeUrl = "/personal/invanararende/nytt";
    private BootHost Host => shared.Host;

    private static async Task<IHtmlDocument> LookUpAsync(StaffBrowser admin, string personnummer)
    {
        var response = await admin.SubmitAsync(await admin.PageAsync(AccountsUrl), "handler=Lookup", null, ("Personnummer", personnummer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffBrowser.ParseAsync(response);
    }

    private static async Task<IHtmlDocument> ChangeAsync(StaffBrowser admin, string personnummer, string action)
    {
        var response = await admin.SubmitAsync(await LookUpAsync(admin, personnummer), "handler=Change", ("atgard", action));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffBrowser.ParseAsync(response);
    }

    private async Task<HttpResponseMessage> ComposeAsync(string personnummer)
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var form = await birgitta.PageAsync($"{ComposeUrl}?mall=meddelande-till-invanare&mottagning=vc-eksjo");
        return await birgitta.SubmitAsync(form, ComposeUrl, null, ("Personnummer", personnummer));
    }

    private Task<List<AccessLogEntry>> LogAsync(string personnummer) =>
        Host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.ResidentPersonnummer == personnummer && e.StaffHsaId == Lars).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_locked_account_is_refused_with_the_locked_message_and_accepted_again_after_unlocking()
    {
        var maja = await OmbudTests.PersonnummerOfAsync(Host, "Maja Testberg");
        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        Assert.Equal("Aktiv", (await LookUpAsync(lars, maja)).QuerySelector(".account-status")!.TextContent);

        Assert.Equal("Låst", (await ChangeAsync(lars, maja, "las")).QuerySelector(".account-status")!.TextContent);
        var refused = await ComposeAsync(maja);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await StaffBrowser.ParseAsync(refused);
        Assert.Equal(ResidentDialogues.Locked, page.QuerySelector(".error-summary a[href='#personnummer']")!.TextContent);
        Assert.Contains("låst", ResidentDialogues.Locked);

        Assert.Equal("Aktiv", (await ChangeAsync(lars, maja, "las-upp")).QuerySelector(".account-status")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await ComposeAsync(maja)).StatusCode);
    }

    [Fact]
    public async Task Every_lookup_is_a_read_and_every_change_a_change_in_the_access_log()
    {
        var erik = await OmbudTests.PersonnummerOfAsync(Host, "Erik Demosson");
        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        await LookUpAsync(lars, erik);
        await ChangeAsync(lars, erik, "las"); // one more lookup, then the change

        var log = await LogAsync(erik);
        Assert.Equal([AccessLog.Read, AccessLog.Read, AccessLog.Change], log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal("vc-eksjo", e.ClinicKey));
        Assert.Equal("invånarkonto: Aktiv → Låst", log[^1].What);
    }

    [Fact]
    public async Task A_deceased_persons_account_cannot_log_in_and_cannot_be_sent_to()
    {
        var karl = await OmbudTests.PersonnummerOfAsync(Host, "Karl Åldersson");
        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        var page = await ChangeAsync(lars, karl, "avliden");
        Assert.Equal("Avliden", page.QuerySelector(".account-status")!.TextContent);
        Assert.Null(page.QuerySelector("button[name=atgard]"));

        var login = await PageForms.PostAsync(Host.Browser(), "/logga-in", new Dictionary<string, string>
        {
            ["Method"] = "bankid", ["Personnummer"] = karl, ["ReturnUrl"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(ResidentSignIn.Inactivated, await login.Content.ReadAsStringAsync());

        var compose = await StaffBrowser.ParseAsync(await ComposeAsync(karl));
        Assert.Equal(ResidentDialogues.Deceased, compose.QuerySelector(".error-summary a[href='#personnummer']")!.TextContent);
    }

    [Fact]
    public async Task Staff_who_are_not_lokal_administrator_are_refused_and_an_unknown_personnummer_is_explained()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        await birgitta.PageAsync(AccountsUrl, HttpStatusCode.Forbidden);

        var lars = await new StaffBrowser(Host, Lars).LogInAsync();
        var invalid = await lars.SubmitAsync(await lars.PageAsync(AccountsUrl), "handler=Lookup", null, ("Personnummer", "19121212-1213"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Null((await StaffBrowser.ParseAsync(invalid)).QuerySelector(".account-status"));
    }
}
