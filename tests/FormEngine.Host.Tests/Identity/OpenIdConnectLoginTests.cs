using System.Net;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Identity;

/// <summary>
/// The whole OpenID Connect dance against a local provider: the host's real handler reads discovery and JWKS,
/// redirects to the provider, redeems the code with PKCE and validates the signed id_token; the provider's claims
/// then go through ResidentSignIn like a test-page login. Each test on its own host and database.
/// </summary>
public sealed class OpenIdConnectLoginTests
{
    private const string Nils = "199205073159"; // never logged in (demo)
    private const string NilsName = "Nils Nyinloggad";
    private const string Samordningsnummer = "199205673156"; // day + 60, valid check digit

    [Fact]
    public async Task A_resident_verified_by_the_provider_lands_logged_in_as_that_person_and_the_account_is_activated()
    {
        await using var host = await OidcHost.StartAsync();
        host.Provider.NextPerson = TestOpenIdProvider.Resident(Nils, "freja");
        using var browser = host.Browser();

        var (url, response) = await browser.OpenAsync("/inkorg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/inkorg", url.AbsolutePath);
        Assert.Contains(browser.Visited, u => u.AbsoluteUri.StartsWith(host.Provider.Authority + "/authorize", StringComparison.Ordinal));
        Assert.Equal(1, host.Provider.TokenRequests);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(NilsName, page.QuerySelector(".site-header__who")!.TextContent.Trim());
        var (status, activated, method) = await host.QueryAsync(async db =>
        {
            var resident = await db.Residents.SingleAsync(r => r.Personnummer == Nils);
            var login = await db.Logins.Where(l => l.Kind == "resident").OrderByDescending(l => l.Id).FirstAsync();
            return (resident.AccountStatus, resident.ActivatedAt, login.Method);
        });
        Assert.Equal(AccountStatus.Active, status);
        Assert.NotNull(activated);
        Assert.Equal("freja", method);
    }

    [Fact]
    public async Task A_samordningsnummer_is_refused_with_the_reason_and_no_session()
    {
        await using var host = await OidcHost.StartAsync();
        host.Provider.NextPerson = TestOpenIdProvider.Resident(Samordningsnummer, "bankid");
        using var browser = host.Browser();

        var (url, response) = await browser.OpenAsync("/inkorg");

        Assert.Equal("/inloggning-nekad", url.AbsolutePath);
        Assert.Contains("samordningsnummer", (await response.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.False(await host.QueryAsync(db => db.Residents.AnyAsync(r => r.Personnummer == Samordningsnummer)));
        var again = await browser.Host.GetAsync("/inkorg");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/logga-in", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_deceased_persons_account_is_refused()
    {
        await using var host = await OidcHost.StartAsync();
        await host.QueryAsync(db => db.Residents.Where(r => r.Personnummer == Nils)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AccountStatus, AccountStatus.Deceased)));
        host.Provider.NextPerson = TestOpenIdProvider.Resident(Nils, "bankid");
        using var browser = host.Browser();

        var (url, _) = await browser.OpenAsync("/inkorg");

        Assert.Equal("/inloggning-nekad", url.AbsolutePath);
        Assert.Equal("?orsak=inaktiverat", url.Query);
        Assert.Equal(0, await host.QueryAsync(db => db.Logins.CountAsync(l => l.Kind == "resident")));
    }

    [Fact]
    public async Task A_token_naming_no_known_e_legitimation_is_refused()
    {
        await using var host = await OidcHost.StartAsync();
        host.Provider.NextPerson = TestOpenIdProvider.Resident(Nils, "password");
        using var browser = host.Browser();

        var (url, _) = await browser.OpenAsync("/inkorg");

        Assert.Equal("/inloggning-nekad", url.AbsolutePath);
        Assert.Equal("?orsak=okand-legitimation", url.Query);
    }

    [Fact]
    public async Task Cancelling_at_the_provider_ends_on_the_refusal_page_without_a_session()
    {
        await using var host = await OidcHost.StartAsync();
        host.Provider.NextPerson = [];
        using var browser = host.Browser();

        var (url, response) = await browser.OpenAsync("/inkorg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/inloggning-nekad?orsak=fel", url.PathAndQuery);
        Assert.Equal(0, host.Provider.TokenRequests);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Host.GetAsync("/inkorg")).StatusCode);
    }

    [Fact]
    public async Task With_a_provider_configured_the_test_identity_is_off_and_the_login_address_starts_the_providers_login()
    {
        await using var host = await OidcHost.StartAsync();
        using var browser = host.Browser();

        var login = await browser.Host.GetAsync("/logga-in?returnUrl=%2Finkorg");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith(host.Provider.Authority + "/authorize?", login.Headers.Location!.AbsoluteUri);
        Assert.False(host.Factory.Services.GetRequiredService<TestIdentity>().Enabled); // the page's POST answers 404 then
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Host.GetAsync("/personal/logga-in")).StatusCode);
        Assert.DoesNotContain("Testinloggning är påslagen", await browser.Host.GetStringAsync("/"));
    }

    [Fact]
    public async Task Staff_verified_by_the_regions_provider_land_in_the_workspace_and_unknown_hsa_ids_are_refused()
    {
        await using var host = await OidcHost.StartAsync(staff: true);
        var hsaId = await host.QueryAsync(db => db.Staff.OrderBy(s => s.HsaId).Select(s => s.HsaId).FirstAsync());
        var name = await host.QueryAsync(db => db.Staff.Where(s => s.HsaId == hsaId).Select(s => s.Name).SingleAsync());

        host.Provider.NextPerson = [new("employeeHsaId", hsaId)];
        using (var browser = host.Browser())
        {
            var (url, response) = await browser.OpenAsync("/personal/inkorg");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/personal/inkorg", url.AbsolutePath);
            Assert.StartsWith(name, ResidentBrowser.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".site-header__who")!.TextContent.Trim());
        }

        host.Provider.NextPerson = [new("employeeHsaId", "SE2321000065-P99999999999")];
        using (var browser = host.Browser())
        {
            var (url, _) = await browser.OpenAsync("/personal");
            Assert.Equal("?orsak=okand-personal", url.Query);
        }
    }
}
