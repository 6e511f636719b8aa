using System.Net;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Boot;

/// <summary>Each test logs in a different resident, so they may share one host and database.</summary>
public sealed class LoginTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    private Task<HttpResponseMessage> LogInAsync(HttpClient client, string personnummer, string method = "bankid", string? returnUrl = null) =>
        PageForms.PostAsync(client, "/logga-in", new Dictionary<string, string>
        {
            ["Method"] = method, ["Personnummer"] = personnummer, ["ReturnUrl"] = returnUrl ?? "",
        });

    private Task<int> LoginCountAsync() => Host.QueryAsync(db => db.Logins.CountAsync());

    [Fact]
    public async Task A_resident_logs_in_with_a_test_personnummer_and_the_login_is_recorded_for_statistics()
    {
        var client = Host.Browser();

        var response = await LogInAsync(client, "19121212-1212", "freja");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains("Välkommen, Tolvan Tolvansson", await client.GetStringAsync("/"));
        var logins = await Host.QueryAsync(db => db.Logins.Where(l => l.Kind == "resident" && l.Method == "freja").ToListAsync());
        var login = Assert.Single(logins);
        Assert.Equal("80+", login.AgeGroup);
        Assert.Equal("male", login.Sex);
        Assert.Equal("jonkopings-lan", login.RegionKey);
    }

    [Theory]
    [InlineData("199003722312", PersonnummerInput.Samordningsnummer)]
    [InlineData("19900312-T231", PersonnummerInput.Reservnummer)]
    [InlineData("19121212-1213", PersonnummerInput.Invalid)]
    [InlineData("", PersonnummerInput.Missing)]
    public async Task Numbers_that_cannot_log_in_are_refused_with_a_message_beside_the_field_and_in_the_summary(string typed, string message)
    {
        var client = Host.Browser();
        var before = await LoginCountAsync();

        var response = await LogInAsync(client, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains($"<a href=\"#personnummer\">{message}</a>", html);
        Assert.Contains($"<span class=\"visually-hidden\">Fel: </span>{message}</p>", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.DoesNotContain("Välkommen", await client.GetStringAsync("/"));
        Assert.Equal(before, await LoginCountAsync());
    }

    [Fact]
    public async Task The_first_login_activates_a_never_logged_in_account()
    {
        const string nils = "199205073159";
        Assert.Equal(AccountStatus.NeverLoggedIn, await StatusOf(nils));

        await LogInAsync(Host.Browser(), nils);

        var resident = await Host.QueryAsync(db => db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == nils));
        Assert.Equal(AccountStatus.Active, resident.AccountStatus);
        Assert.NotNull(resident.ActivatedAt);
    }

    [Fact]
    public async Task A_locked_account_can_still_log_in_and_stays_locked()
    {
        const string lena = "197803142384";
        var client = Host.Browser();

        var response = await LogInAsync(client, lena);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountStatus.Locked, await StatusOf(lena));
    }

    [Fact]
    public async Task An_unknown_resident_is_created_on_first_login()
    {
        const string unknown = "198001012387";
        Assert.Null(await Host.QueryAsync(db => db.Residents.AsNoTracking().SingleOrDefaultAsync(r => r.Personnummer == unknown)));

        await LogInAsync(Host.Browser(), "800101-2387", "telia");

        var resident = await Host.QueryAsync(db => db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == unknown));
        Assert.Equal("Okänd invånare", resident.Name);
        Assert.Equal(AccountStatus.Active, resident.AccountStatus);
    }

    [Theory]
    [InlineData("//evil.example/phish", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/inkorg?sida=2", "/inkorg?sida=2")]
    public async Task Only_local_return_urls_are_followed(string returnUrl, string expected)
    {
        var response = await LogInAsync(Host.Browser(), "198902025710", returnUrl: returnUrl);

        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Staff_log_in_as_a_seeded_hsa_identity_and_the_login_is_recorded_as_siths()
    {
        var client = Host.Browser();
        var before = await Host.QueryAsync(db => db.Logins.CountAsync(l => l.Kind == "staff"));

        var response = await PageForms.PostAsync(client, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = "SE2321000065-P00000000002" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/personal", response.Headers.Location?.OriginalString);
        var home = await client.GetStringAsync("/tillganglighet");
        Assert.Contains("Johan Läkarsson, Läkare", home);
        Assert.Contains("Mina ärenden", home);
        var staffLogins = await Host.QueryAsync(db => db.Logins.AsNoTracking().Where(l => l.Kind == "staff").ToListAsync());
        Assert.Equal(before + 1, staffLogins.Count);
        Assert.All(staffLogins, l => Assert.Equal(("siths", null, null), (l.Method, l.AgeGroup, l.Sex)));
    }

    [Fact]
    public async Task An_unknown_hsa_id_is_refused()
    {
        var response = await PageForms.PostAsync(Host.Browser(), "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = "SE2321000065-P99999999999" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Det finns ingen personal med det HSA-id:t.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_pages_send_anonymous_visitors_to_the_staff_login_and_the_admin_pages_need_an_administrator()
    {
        var anonymous = await Host.Browser().GetAsync("/admin/incidenter");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/personal/logga-in?returnUrl=%2Fadmin%2Fincidenter", anonymous.Headers.Location?.PathAndQueryOrOriginal());

        var handler = Host.Browser();
        await PageForms.PostAsync(handler, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = "SE2321000065-P00000000003" });
        Assert.Equal(HttpStatusCode.Redirect, (await handler.GetAsync("/admin/incidenter")).StatusCode);

        var admin = Host.Browser();
        await PageForms.PostAsync(admin, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = "SE2321000065-P00000000007" });
        var page = await admin.GetAsync("/admin/incidenter");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Incidenter i arbetsflöden", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = Host.Browser();
        await LogInAsync(client, "200106234966");
        Assert.Contains("Välkommen, Maja Testberg", await client.GetStringAsync("/"));

        var response = await PageForms.PostAsync(client, "/logga-ut", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Välkommen", await client.GetStringAsync("/"));
    }

    private Task<AccountStatus> StatusOf(string personnummer) =>
        Host.QueryAsync(db => db.Residents.AsNoTracking().Where(r => r.Personnummer == personnummer).Select(r => r.AccountStatus).SingleAsync());
}

internal static class UriExtensions
{
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
