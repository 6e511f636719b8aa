using System.Net;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Ombud;

/// <summary>
/// Anna Exempelsson (demo) is guardian of Lilla (5) and Olle (13): she acts for Lilla through the real pages and
/// is refused for Olle. Assertions go by case id, so the tests can share one host.
/// </summary>
public sealed class OmbudTests(SharedHost shared) : IClassFixture<SharedHost>
{
    public const string Anna = "198509224625";
    private BootHost Host => shared.Host;

    public static Task<string> PersonnummerOfAsync(BootHost host, string name) =>
        host.QueryAsync(db => db.Residents.Where(r => r.Name == name).Select(r => r.Personnummer).SingleAsync());

    public static Task<HttpResponseMessage> ChooseAsync(ResidentBrowser browser, string value) =>
        PageForms.PostAsync(browser.Client, "/ombud", new Dictionary<string, string> { ["Vem"] = value });

    [Fact]
    public async Task The_guardian_renews_a_prescription_for_the_5_year_old_and_the_case_is_the_childs_started_by_the_ombud()
    {
        var lilla = await PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, Anna).LogInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await ChooseAsync(anna, lilla)).StatusCode);

        var start = await anna.PageAsync("/");
        Assert.Contains("Du företräder: Lilla Exempelsson", start.QuerySelector(".ombud-bar")!.TextContent);
        var (check, _) = await FornyaRecept.FillAsync(anna);
        Assert.Contains("Du företräder: Lilla Exempelsson", check.Body!.TextContent);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(anna, check));

        var stored = await Host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal((lilla, Anna, CaseStarter.Ombud), (stored.ResidentPersonnummer, stored.StartedBy, stored.StartedByKind));
        var submission = await Host.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.CaseId == caseId));
        Assert.Equal(lilla, submission.SubmittedBy);

        // Staff see who started it: the guardian as ombud, with the guardian's personnummer.
        var birgitta = await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync();
        var staffView = (await birgitta.PageAsync($"/personal/arenden/{caseId}")).Body!.TextContent;
        Assert.Contains("Vårdnadshavare som ombud för invånaren (19850922-4625)", staffView);
    }

    [Fact]
    public async Task The_13_year_old_is_not_offered_and_a_forged_choice_is_refused()
    {
        var olle = await PersonnummerOfAsync(Host, "Olle Exempelsson");
        var lilla = await PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, Anna).LogInAsync();

        var picker = await anna.PageAsync("/ombud");
        var offered = picker.QuerySelectorAll("input[name=Vem]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(lilla, offered);
        Assert.DoesNotContain(olle, offered);
        Assert.DoesNotContain("Olle", picker.QuerySelector("main")!.TextContent);

        Assert.Equal(HttpStatusCode.Forbidden, (await ChooseAsync(anna, olle)).StatusCode);
        // Someone else's child (Tolvan's own number) just as well.
        Assert.Equal(HttpStatusCode.Forbidden, (await ChooseAsync(anna, "191212121212")).StatusCode);
        Assert.Null((await anna.PageAsync("/")).QuerySelector(".ombud-bar strong"));
    }

    [Fact]
    public async Task A_resident_who_is_nobodys_guardian_is_offered_only_themselves()
    {
        var tolvan = await new ResidentBrowser(Host, "191212121212").LogInAsync();
        var picker = await tolvan.PageAsync("/ombud");
        Assert.Equal(["jag"], picker.QuerySelectorAll("input[name=Vem]").Select(i => i.GetAttribute("value")));
        var lilla = await PersonnummerOfAsync(Host, "Lilla Exempelsson");
        Assert.Equal(HttpStatusCode.Forbidden, (await ChooseAsync(tolvan, lilla)).StatusCode);
    }

    [Fact]
    public async Task The_guardian_reads_the_childs_inbox_only_while_acting_for_the_child()
    {
        var lilla = await PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, Anna).LogInAsync();
        await ChooseAsync(anna, lilla);
        var (check, _) = await FornyaRecept.FillAsync(anna);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(anna, check));
        var link = $"a[href='/inkorg/{caseId}']";
        Assert.NotNull((await anna.PageAsync("/inkorg")).QuerySelector(link));
        await anna.PageAsync($"/inkorg/{caseId}");

        Assert.Equal(HttpStatusCode.Redirect, (await ChooseAsync(anna, "jag")).StatusCode);
        Assert.Null((await anna.PageAsync("/inkorg")).QuerySelector(link));
        await anna.PageAsync($"/inkorg/{caseId}", HttpStatusCode.NotFound);
        await anna.PageAsync($"/kvitto/{caseId}", HttpStatusCode.NotFound);

        await ChooseAsync(anna, lilla);
        Assert.NotNull((await anna.PageAsync("/inkorg")).QuerySelector(link));
    }

    [Fact]
    public async Task Another_resident_cannot_use_the_guardians_choice_cookie()
    {
        var lilla = await PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, Anna).LogInAsync();
        await ChooseAsync(anna, lilla);
        // The same browser, now logged in as someone else, still holds Anna's choice cookie.
        var other = await new ResidentBrowser(anna.Client, "198902025710").LogInAsync();
        var start = await other.PageAsync("/");
        Assert.Null(start.QuerySelector(".ombud-bar strong"));
        Assert.DoesNotContain("Lilla", start.Body!.TextContent);
    }
}
