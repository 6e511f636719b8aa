using FormEngine.Host.Cases;
using FormEngine.Host.Pages.Invanare;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.HealthData;

/// <summary>
/// Journalen, Läkemedel and Högkostnadsskydd through the real pages with the demo registers' seeded data: own
/// reads, a guardian reading the 5-year-old's data as ombud, the 13-year-old's closed journal, and an access-log
/// entry naming the reader for every read (never the contents).
/// </summary>
public sealed class HealthDataPageTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Tolvan = "191212121212";
    private BootHost Host => shared.Host;

    private Task<List<AccessLogEntry>> LogOfAsync(string resident, string what) =>
        Host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.ResidentPersonnummer == resident && e.What == what).ToListAsync());

    private static string MainText(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task A_resident_reads_their_own_journal_and_the_read_is_logged_per_clinic_with_the_resident_as_reader()
    {
        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();
        var page = await tolvan.PageAsync("/journalen");

        Assert.Equal("Journalen", page.QuerySelector("h1")!.TextContent.Trim());
        var text = MainText(page);
        Assert.Contains("Kontroll av blodtrycket: 132/84.", text);
        Assert.Contains("Hudmottagningen Länssjukhuset Ryhov", text);
        Assert.Contains("P-Glukos", page.QuerySelector("#provsvar + .table-wrapper")!.TextContent);

        var log = await LogOfAsync(Tolvan, JournalenModel.Viewed);
        Assert.Contains(log, e => e.ClinicKey == "vc-eksjo");
        Assert.Contains(log, e => e.ClinicKey == "hudmottagningen-ryhov");
        Assert.All(log, e => Assert.Equal((AccessLogActors.Resident, Tolvan, "", AccessLog.Read), (e.Actor, e.ActorPersonnummer, e.StaffHsaId, e.Action)));
        Assert.DoesNotContain(await Host.QueryAsync(db => db.AccessLog.Select(e => e.What).ToListAsync()), w => w.Contains("132/84", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_guardian_reads_the_5_year_olds_journal_as_ombud_and_the_log_names_the_guardian()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        await OmbudTests.ChooseAsync(anna, lilla);

        var page = await anna.PageAsync("/journalen");
        Assert.Equal("Journalen för Lilla Exempelsson", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("BVC, 5-årsbesök", MainText(page));
        Assert.DoesNotContain("pollenallergi", MainText(page)); // Anna's own record is not shown

        var entry = Assert.Single(await LogOfAsync(lilla, JournalenModel.Viewed));
        Assert.Equal((AccessLogActors.Ombud, OmbudTests.Anna, "vc-eksjo"), (entry.Actor, entry.ActorPersonnummer, entry.ClinicKey));
    }

    [Fact]
    public async Task The_13_year_old_gets_an_explanation_instead_of_the_journal_and_nothing_is_logged()
    {
        var olle = await OmbudTests.PersonnummerOfAsync(Host, "Olle Exempelsson");
        var browser = await new ResidentBrowser(Host, olle).LogInAsync();

        var page = await browser.PageAsync("/journalen");
        var explanation = page.QuerySelector("#journal-ej-tillganglig")!.TextContent;
        Assert.Contains("från och med den dag du fyller 16 år", explanation);
        Assert.DoesNotContain("fotled", MainText(page));
        Assert.Empty(await LogOfAsync(olle, JournalenModel.Viewed));
    }

    [Fact]
    public async Task The_13_year_old_cannot_be_chosen_so_the_guardian_never_sees_his_journal()
    {
        var olle = await OmbudTests.PersonnummerOfAsync(Host, "Olle Exempelsson");
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await OmbudTests.ChooseAsync(anna, olle)).StatusCode);

        var page = await anna.PageAsync("/journalen");
        Assert.Equal("Journalen", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("fotled", MainText(page));
        Assert.Empty(await LogOfAsync(olle, JournalenModel.Viewed));
    }

    [Fact]
    public async Task Lakemedel_shows_prescriptions_with_withdrawals_and_the_aids_that_must_wait_with_their_date()
    {
        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();
        var page = await tolvan.PageAsync("/lakemedel");

        var rows = page.QuerySelectorAll("#e-recept ~ .table-wrapper tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("Levaxin 50 mikrogram", StringComparison.Ordinal) && r.Contains("2 uttag kvar", StringComparison.Ordinal) && r.Contains("Vårdcentralen Eksjö", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Enalapril", StringComparison.Ordinal) && r.Contains("Inga uttag kvar", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Omeprazol", StringComparison.Ordinal) && r.Contains("Vårdcentralen Tranås", StringComparison.Ordinal));

        var aids = page.QuerySelectorAll("#hjalpmedel ~ .card-list li").Select(r => r.TextContent).ToList();
        var from = HealthDataPageModel.Date(FormEngine.Host.Identity.SwedishTime.Today(TimeProvider.System).AddDays(60));
        Assert.Contains(aids, a => a.Contains("TENA Pants Plus", StringComparison.Ordinal) && a.Contains($"Kan beställas från {from}", StringComparison.Ordinal));
        Assert.Contains(aids, a => a.Contains("TENA Slip Maxi", StringComparison.Ordinal) && a.Contains("Kan beställas nu", StringComparison.Ordinal));
        Assert.Contains(aids, a => a.Contains("TENA ProSkin", StringComparison.Ordinal) && a.Contains("Inga leveranser kvar", StringComparison.Ordinal));

        var log = await LogOfAsync(Tolvan, LakemedelModel.Viewed);
        Assert.Equal(["vc-eksjo", "vc-tranas"], log.Select(e => e.ClinicKey).Distinct().Order());
        Assert.All(log, e => Assert.Equal(AccessLogActors.Resident, e.Actor));
    }

    [Fact]
    public async Task Hogkostnadsskydd_shows_the_period_what_is_paid_and_what_is_left_to_frikort()
    {
        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();
        var page = await tolvan.PageAsync("/hogkostnadsskydd");

        var status = page.QuerySelector("#hogkostnad-status")!.TextContent.Replace('\u00a0', ' ');
        Assert.Contains("800 kr av 1 450 kr", status);
        Assert.Contains("650 kr", status);
        Assert.Equal(3, page.QuerySelectorAll("#betalningar ~ .table-wrapper tbody tr").Length);
        Assert.Null(page.QuerySelector(".notice--success"));
        Assert.NotEmpty(await LogOfAsync(Tolvan, HogkostnadsskyddModel.Viewed));
    }

    [Fact]
    public async Task A_resident_who_has_paid_the_threshold_sees_the_frikort()
    {
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        var page = await anna.PageAsync("/hogkostnadsskydd");
        Assert.Contains("Du har frikort från", page.QuerySelector(".notice--success")!.TextContent);
    }

    [Fact]
    public async Task The_guardian_sees_the_childs_prescriptions_not_their_own()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        await OmbudTests.ChooseAsync(anna, lilla);

        var text = MainText(await anna.PageAsync("/lakemedel"));
        Assert.Contains("Desloratadin 0,5 mg/ml, oral lösning", text);
        Assert.DoesNotContain("Salbutamol", text);
        Assert.Contains(await LogOfAsync(lilla, LakemedelModel.Viewed), e => e.Actor == AccessLogActors.Ombud && e.ActorPersonnummer == OmbudTests.Anna);
    }

    [Fact]
    public async Task The_granskare_sees_the_resident_and_the_ombud_as_readers_on_the_page_and_in_the_csv()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        await anna.PageAsync("/hogkostnadsskydd"); // Anna's own payments
        await OmbudTests.ChooseAsync(anna, lilla);
        await anna.PageAsync("/journalen");

        var ingrid = await new StaffBrowser(Host, Authorization.GranskningTests.Ingrid).LogInAsync();
        var own = await ingrid.PageAsync($"/granskning?personnummer={OmbudTests.Anna}");
        var ownRow = own.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(HogkostnadsskyddModel.Viewed, StringComparison.Ordinal));
        Assert.Equal("Invånaren själv", ownRow.QuerySelector("td[data-label=Personal]")!.TextContent.Trim());

        var child = await ingrid.PageAsync($"/granskning?personnummer={lilla}");
        var childRow = child.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains(JournalenModel.Viewed, StringComparison.Ordinal));
        Assert.Equal("Ombud (vårdnadshavare) 19850922-4625", childRow.QuerySelector("td[data-label=Personal]")!.TextContent.Trim());
        Assert.Equal("Läsning", childRow.QuerySelector("td[data-label=Åtgärd]")!.TextContent.Trim());

        var csv = await ingrid.Client.GetStringAsync($"/granskning?handler=Csv&personnummer={lilla}");
        Assert.Contains($";Ombud (vårdnadshavare) 19850922-4625;{lilla};vc-eksjo;Läsning;{JournalenModel.Viewed}", csv);
    }

    [Fact]
    public async Task The_pages_need_a_signed_in_resident()
    {
        foreach (var url in new[] { "/journalen", "/lakemedel", "/hogkostnadsskydd" })
        {
            var response = await Host.Browser().GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/logga-in", response.Headers.Location!.OriginalString);
        }
    }
}
