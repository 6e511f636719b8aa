using System.Net;
using FormEngine.Host.Tests.Boot;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FormEngine.Host.Tests.Security;

/// <summary>
/// Ten login attempts per minute from one client address (the default), counted over all login endpoints. The
/// shared test host turns the limit off; these hosts turn it on again.
/// </summary>
public sealed class LoginRateLimitTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BootHost _boot;
    private readonly WebApplicationFactory<Program> _host;

    public LoginRateLimitTests()
    {
        _boot = new BootHost(_folder.File("limit.db"));
        _host = _boot.WithWebHostBuilder(b => b.UseSetting("FormEngine:Security:LoginRateLimit:Enabled", "true"));
    }

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string loginPage, string personnummer) =>
        PageForms.PostAsync(client, loginPage, new Dictionary<string, string>
        {
            ["Method"] = "bankid", ["Personnummer"] = personnummer, ["ReturnUrl"] = "",
        });

    [Fact]
    public async Task The_eleventh_login_within_a_minute_gets_429_with_a_Swedish_page_and_reading_the_page_still_works()
    {
        var client = Browser();
        for (var i = 0; i < 10; i++)
        {
            var allowed = await LogInAsync(client, "/logga-in", i % 2 == 0 ? "19121212-1212" : "19121212-1213");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refused = await LogInAsync(Browser(), "/logga-in", "19121212-1212");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("För många försök", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logga-in")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Staff_login_and_the_development_token_share_the_limit_and_the_API_answers_problem_details()
    {
        for (var i = 0; i < 10; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await LogInAsync(Browser(), "/personal/logga-in", "19121212-1212")).StatusCode);

        var refused = await _host.CreateClient().PostAsync("/api/v1/dev/token",
            new StringContent("""{"personnummer":"191212121212"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("För många inloggningsförsök", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter is not null, "Retry-After missing");
    }

    public void Dispose()
    {
        _host.Dispose();
        _boot.Dispose();
        _folder.Dispose();
    }
}
