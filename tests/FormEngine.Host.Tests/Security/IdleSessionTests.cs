using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using FormEngine.Host.Identity;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Tests.Security;

/// <summary>
/// The session ends after 20 minutes without a request (the cookie handler reads the host's TimeProvider, which
/// the test moves); every request, and the warning's "Fortsätt vara inloggad", starts the 20 minutes again.
/// </summary>
public sealed class IdleSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BootHost _boot;
    private readonly WebApplicationFactory<Program> _host;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    public IdleSessionTests()
    {
        _boot = new BootHost(_folder.File("idle.db"));
        _host = _boot.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    private async Task<ResidentBrowser> LoggedInAsync() =>
        await new ResidentBrowser(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), "19121212-1212").LogInAsync();

    private static async Task<bool> SignedInAsync(HttpClient client)
    {
        var response = await client.GetAsync("/inkorg");
        if (response.StatusCode == HttpStatusCode.OK) return true;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(PortalAuthentication.ResidentLoginPath, response.Headers.Location!.OriginalString);
        return false;
    }

    [Fact]
    public async Task The_session_ends_after_twenty_idle_minutes_and_each_request_starts_them_again()
    {
        var resident = await LoggedInAsync();

        _clock.Advance(TimeSpan.FromMinutes(19));
        Assert.True(await SignedInAsync(resident.Client), "Signed out after 19 idle minutes.");
        _clock.Advance(TimeSpan.FromMinutes(19));
        Assert.True(await SignedInAsync(resident.Client), "A request 19 minutes ago did not renew the session.");
        _clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(5));

        Assert.False(await SignedInAsync(resident.Client), "Still signed in after 20 idle minutes.");
    }

    [Fact]
    public async Task Keeping_the_session_alive_needs_the_antiforgery_token_and_then_renews_it()
    {
        var resident = await LoggedInAsync();
        var page = await resident.PageAsync("/inkorg");
        var form = page.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("#session-varning form")!;
        Assert.Equal(Host.Security.SessionEndpoints.KeepAlivePath, form.GetAttribute("action"));

        _clock.Advance(TimeSpan.FromMinutes(18));
        var forged = await resident.Client.PostAsync(Host.Security.SessionEndpoints.KeepAlivePath, new FormUrlEncodedContent([]));
        var kept = await resident.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(ResidentBrowser.Values(form, [])));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        Assert.Contains(kept.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PortalAuthentication.CookieName + "=", StringComparison.Ordinal));
        _clock.Advance(TimeSpan.FromMinutes(18));
        Assert.True(await SignedInAsync(resident.Client), "The keep-alive did not renew the session.");
    }

    [Fact]
    public async Task Keep_alive_without_a_session_is_refused()
    {
        var response = await _host.CreateClient().PostAsync(Host.Security.SessionEndpoints.KeepAlivePath, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Signed_in_pages_give_the_script_the_timeout_and_anonymous_pages_do_not()
    {
        var resident = await LoggedInAsync();

        var signedIn = await resident.PageAsync("/inkorg");
        var anonymous = ResidentBrowser.Parse(await _host.CreateClient().GetStringAsync("/"));

        Assert.Equal("1200", signedIn.Body!.GetAttribute("data-session-timeout"));
        Assert.Equal("120", signedIn.Body!.GetAttribute("data-session-warning"));
        Assert.Contains(signedIn.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/session.js", StringComparison.Ordinal));
        Assert.NotNull(signedIn.QuerySelector("dialog#session-varning button[type=submit]"));
        Assert.True(string.IsNullOrEmpty(anonymous.Body!.GetAttribute("data-session-timeout")), "An anonymous page has a session timeout.");
        Assert.Null(anonymous.QuerySelector("#session-varning"));
    }

    [Fact]
    public void The_session_cookie_is_HttpOnly_SameSite_Lax_and_Secure_outside_Development()
    {
        using var production = _boot.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("FormEngine:TestIdentity:Enabled", "false"));
        var development = _host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(PortalAuthentication.Scheme);
        var live = production.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(PortalAuthentication.Scheme);
        var antiforgery = production.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value;

        Assert.True(live.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, live.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.Always, live.Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, antiforgery.Cookie.SecurePolicy);
        Assert.True(antiforgery.Cookie.HttpOnly);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, development.Cookie.SecurePolicy);
        Assert.Equal(TimeSpan.FromMinutes(20), live.ExpireTimeSpan);
    }

    public void Dispose()
    {
        _host.Dispose();
        _boot.Dispose();
        _folder.Dispose();
    }
}
