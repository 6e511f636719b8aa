using System.Net;
using System.Text;
using System.Threading;
using FormEngine.Host.Cases;
using FormEngine.Host.Demo;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Authorization;

/// <summary>The granskare searches the access log at /granskning and exports the search as CSV.</summary>
public sealed class GranskningTests(SharedHost shared) : IClassFixture<SharedHost>
{
    public const string Ingrid = "SE2321000065-P00000000008"; // granskare in jonkopings-lan
    private static int _serial = 300;

    private BootHost Host => shared.Host;

    /// <summary>A resident of this test only, so the test's search finds just its own entries.</summary>
    private static string NewResident() =>
        TestPersonnummer.Create(new DateOnly(1970, 5, 5), Interlocked.Increment(ref _serial).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    private async Task WriteAsync(string staff, string resident, string clinic, string action, string what)
    {
        await Host.Services.GetRequiredService<AccessLog>().WriteAsync(staff, resident, clinic, action, what);
    }

    [Fact]
    public async Task The_granskare_finds_a_residents_entries_newest_first_a_page_at_a_time()
    {
        var resident = NewResident();
        for (var i = 1; i <= 55; i++) await WriteAsync(StaffPeople.Birgitta, resident, "vc-eksjo", AccessLog.Read, $"ärende FE-{i:D3}");
        await WriteAsync(StaffPeople.Peter, resident, "hudmottagningen-ryhov", AccessLog.Copy, "bilaga hud.pdf");
        await WriteAsync(StaffPeople.Peter, resident, "mottagning-i-annan-region", AccessLog.Read, "ärende UTANFÖR");
        var ingrid = await new StaffBrowser(Host, Ingrid).LogInAsync();

        var first = await ingrid.PageAsync($"/granskning?personnummer={resident}");
        var second = await ingrid.PageAsync($"/granskning?personnummer={resident}&sida=2");

        Assert.Contains("56 åtkomster", first.QuerySelector("[role=status]")!.TextContent);
        var firstRows = first.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td[data-label=Vad]")!.TextContent).ToList();
        Assert.Equal(50, firstRows.Count);
        Assert.Equal(["bilaga hud.pdf", "ärende FE-055", "ärende FE-054"], firstRows.Take(3));
        Assert.Equal("Kopiering", first.QuerySelector("tbody tr td[data-label=Åtgärd]")!.TextContent);
        Assert.Contains("Hudmottagningen", first.QuerySelector("tbody tr td[data-label=Mottagning]")!.TextContent);
        var secondRows = second.QuerySelectorAll("tbody tr td[data-label=Vad]").Select(c => c.TextContent).ToList();
        Assert.Equal(["ärende FE-006", "ärende FE-005", "ärende FE-004", "ärende FE-003", "ärende FE-002", "ärende FE-001"], secondRows);
        Assert.DoesNotContain("UTANFÖR", first.DocumentElement.OuterHtml + second.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Filters_by_staff_clinic_and_period_combine()
    {
        var resident = NewResident();
        await WriteAsync(StaffPeople.Birgitta, resident, "vc-eksjo", AccessLog.Read, "birgitta eksjö");
        await WriteAsync(StaffPeople.Johan, resident, "vc-eksjo", AccessLog.Read, "johan eksjö");
        await WriteAsync(StaffPeople.Johan, resident, "vc-tranas", AccessLog.Change, "johan tranås");
        var ingrid = await new StaffBrowser(Host, Ingrid).LogInAsync();

        var byStaffAndClinic = await ingrid.PageAsync($"/granskning?personnummer={resident}&hsa={StaffPeople.Johan}&mottagning=vc-tranas");
        var byPeriodBefore = await ingrid.PageAsync($"/granskning?personnummer={resident}&till=2020-01-01");
        var byPeriodNow = await ingrid.PageAsync($"/granskning?personnummer={resident}&fran=2020-01-01");

        Assert.Equal(["johan tranås"], byStaffAndClinic.QuerySelectorAll("td[data-label=Vad]").Select(c => c.TextContent));
        Assert.Contains("Inga åtkomster", byPeriodBefore.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(3, byPeriodNow.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task The_csv_export_holds_the_same_search_for_excel()
    {
        var resident = NewResident();
        await WriteAsync(StaffPeople.Birgitta, resident, "vc-eksjo", AccessLog.Read, "ärende FE-A; svar");
        await WriteAsync(StaffPeople.Peter, resident, "hudmottagningen-ryhov", AccessLog.Copy, "=bilaga.pdf");
        await WriteAsync(StaffPeople.Peter, resident, "mottagning-i-annan-region", AccessLog.Read, "UTANFÖR");
        var ingrid = await new StaffBrowser(Host, Ingrid).LogInAsync();
        var page = await ingrid.PageAsync($"/granskning?personnummer={resident}");
        var link = page.QuerySelector("a[download]")!.GetAttribute("href")!;

        var response = await ingrid.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "utf-8", "attachment"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet,
            response.Content.Headers.ContentDisposition!.DispositionType));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tidpunkt;HSA-id;Personal;Personnummer;Mottagning;Åtgärd;Vad", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith($";{StaffPeople.Peter};Peter Hudström;{resident};hudmottagningen-ryhov;Kopiering;'=bilaga.pdf", lines[1]);
        Assert.EndsWith($";{StaffPeople.Birgitta};Birgitta Mottagare;{resident};vc-eksjo;Läsning;\"ärende FE-A; svar\"", lines[2]);
    }

    [Fact]
    public async Task Invalid_filters_are_explained_and_search_nothing()
    {
        var ingrid = await new StaffBrowser(Host, Ingrid).LogInAsync();

        var page = await ingrid.PageAsync("/granskning?personnummer=123&fran=2026-02-30");

        Assert.Equal(["#personnummer", "#fran"], page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("table"));
        Assert.Equal(HttpStatusCode.BadRequest, (await ingrid.Client.GetAsync("/granskning?handler=csv&fran=igår")).StatusCode);
    }

    [Fact]
    public async Task Staff_who_are_not_granskare_and_granskare_of_another_region_see_no_entries()
    {
        var resident = NewResident();
        await WriteAsync(StaffPeople.Birgitta, resident, "vc-eksjo", AccessLog.Read, "ärende HEMLIGT");
        var otherRegion = "SE2321000065-P00000000901";
        await Host.QueryAsync(async db =>
        {
            db.Staff.Add(new StaffMember { HsaId = otherRegion, Name = "Greta Annanregion", Title = "Granskare" });
            db.StaffRoles.Add(new StaffRole { HsaId = otherRegion, RegionKey = "annan-region", Role = StaffRoles.Granskare });
            return await db.SaveChangesAsync();
        });

        foreach (var hsaId in new[] { StaffPeople.Birgitta, "SE2321000065-P00000000007", otherRegion })
        {
            var staff = await new StaffBrowser(Host, hsaId).LogInAsync();
            foreach (var url in new[] { $"/granskning?personnummer={resident}", $"/granskning?handler=csv&personnummer={resident}" })
            {
                var response = await staff.Client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{hsaId} GET {url}: {response.StatusCode}");
                Assert.DoesNotContain("HEMLIGT", body);
                Assert.DoesNotContain(resident, body);
            }
        }
    }
}
