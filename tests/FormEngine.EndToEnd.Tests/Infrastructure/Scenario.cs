using Microsoft.Playwright;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>The browser contexts of one test: each user is a context of its own (own cookies), closed at the end.</summary>
public sealed class Scenario(PortalFixture fixture, string name) : IAsyncDisposable
{
    private readonly List<(IBrowserContext Context, PortalPage Page)> users = [];

    public Uri BaseAddress => fixture.BaseAddress;

    /// <summary>A resident's browser: every page it lands on gets an axe check.</summary>
    public Task<PortalPage> ResidentAsync(BrowserNewContextOptions? options = null) => OpenAsync("resident", audited: true, options);

    /// <summary>A staff member's browser (the staff workspace is not part of the resident accessibility gate).</summary>
    public Task<PortalPage> StaffAsync(BrowserNewContextOptions? options = null) => OpenAsync("staff", audited: false, options);

    public async Task<PortalPage> OpenAsync(string role, bool audited, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = fixture.BaseAddress.ToString();
        options.Locale ??= "sv-SE";
        options.TimezoneId ??= "Europe/Stockholm";
        var context = await fixture.Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        var page = new PortalPage(await context.NewPageAsync(), $"{role}{users.Count + 1}", audited && options.JavaScriptEnabled != false);
        users.Add((context, page));
        return page;
    }

    /// <summary>Pages a test left without another action still get their accessibility check.</summary>
    public async Task CheckRemainingPagesAsync()
    {
        foreach (var (_, page) in users) await page.CheckAccessibilityIfNewAsync();
    }

    public async Task ScreenshotAllAsync()
    {
        Directory.CreateDirectory(RepositoryRoot.ScreenshotFolder);
        foreach (var (_, page) in users)
        {
            var file = Path.Combine(RepositoryRoot.ScreenshotFolder, $"{name}-{page.Name}.png");
            try { await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true, Timeout = 5_000 }); }
            catch (PlaywrightException) { /* a closed page: nothing to show */ }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (context, _) in users) await context.CloseAsync();
    }
}
