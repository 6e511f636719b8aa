using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FormEngine.Host.Tests.Api;

/// <summary>Who gets in: bearer tokens and the portal cookie, answered with problem details, never a login redirect.</summary>
public sealed class ApiAuthenticationTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Theory]
    [InlineData("/api/v1/cases")]
    [InlineData("/api/v1/staff/cases")]
    [InlineData("/api/v1/clinics?q=eksj")]
    public async Task Without_a_token_or_cookie_the_api_answers_401_problem_details_not_a_redirect(string url)
    {
        var response = await host.Client().GetAsync(url);

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("Inte inloggad", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "formengine-development",
            Audience = "formengine-api",
            Subject = new ClaimsIdentity([new Claim(TokenClaims.Personnummer, "191212121212")]),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey("a-different-key-that-is-long-enough-0123456789"u8.ToArray()), SecurityAlgorithms.HmacSha256),
        });

        var response = await host.Client(forged).GetAsync("/api/v1/cases");

        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Resident_and_staff_tokens_only_open_their_own_side()
    {
        var resident = host.Resident(ApiHost.NewResident());
        var staff = host.Staff("SE2321000065-P00000000001");

        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/v1/staff/cases")).StatusCode);
        await ApiJson.ProblemAsync(await resident.GetAsync("/api/v1/staff/cases"), HttpStatusCode.Forbidden);
        await ApiJson.ProblemAsync(await staff.GetAsync("/api/v1/cases"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_for_an_unknown_hsa_id_is_refused()
    {
        var response = await host.Staff("SE2321000065-P99999999999").GetAsync("/api/v1/staff/cases");

        await ApiJson.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_resident_token_signs_in_once_like_a_login_and_activates_a_never_logged_in_account()
    {
        const string nils = "199205073159"; // demo: never logged in; no other test here uses him
        Assert.Equal(AccountStatus.NeverLoggedIn, (await QueryResidentAsync(nils)).AccountStatus);
        var client = host.Resident(nils);
        var logins = await LoginsAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/drafts")).StatusCode);

        Assert.Equal(logins + 1, await LoginsAsync());
        Assert.Equal(AccountStatus.Active, (await QueryResidentAsync(nils)).AccountStatus);
    }

    [Fact]
    public async Task The_portal_cookie_opens_the_api_but_a_write_without_the_antiforgery_token_is_refused()
    {
        var browser = host.Browser();
        var login = await PageForms.PostAsync(browser, "/logga-in", new Dictionary<string, string>
        {
            ["Method"] = "bankid", ["Personnummer"] = ApiHost.NewResident(), ["ReturnUrl"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/drafts")).StatusCode);
        var draft = new { clinicKey = FornyaReceptAnswers.Clinic, formKey = FornyaReceptAnswers.Form, answers = new { } };
        var refused = await ApiJson.PostAsync(browser, "/api/v1/drafts", draft);
        var problem = await ApiJson.ProblemAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains(CookieAntiforgeryFilter.HeaderName, problem["detail"]!.GetValue<string>());

        var token = (await ApiJson.ReadAsync(await browser.GetAsync("/api/v1/antiforgery"), HttpStatusCode.OK))["token"]!.GetValue<string>();
        var accepted = await ApiJson.PostAsync(browser, "/api/v1/drafts", draft, (CookieAntiforgeryFilter.HeaderName, token));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task The_development_token_endpoint_gives_a_working_token()
    {
        var issued = await ApiJson.ReadAsync(
            await ApiJson.PostAsync(host.Client(), "/api/v1/dev/token", new { hsaId = "SE2321000065-P00000000002" }), HttpStatusCode.OK);
        var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued["accessToken"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/staff/cases")).StatusCode);
    }

    private Task<int> LoginsAsync() => host.QueryAsync(db => db.Logins.CountAsync());

    private Task<Resident> QueryResidentAsync(string personnummer) =>
        host.QueryAsync(db => db.Residents.AsNoTracking().SingleAsync(r => r.Personnummer == personnummer));
}
