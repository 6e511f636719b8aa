using Microsoft.Playwright;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Shared by every browser test: one running host and one headless Chromium. Each test opens its own browser
/// contexts (separate cookie jars: a resident and a staff member are two contexts), so tests share only the
/// seeded demo data and find their own cases by reference.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public PortalHost Host { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Host.BaseAddress;

    public async Task InitializeAsync()
    {
        Host.StartServer();
        // The configuration override must reach Program before it composes the host; otherwise it would run on the
        // developer's own database in host/data.
        if (!File.Exists(Host.DatabaseFile)) throw new InvalidOperationException($"The host did not create its database at {Host.DatabaseFile}.");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    /// <summary>Runs one scenario with its own browser contexts; on failure every open page is photographed into
    /// artifacts/test/screenshots before the failure is rethrown.</summary>
    public async Task RunAsync(string scenario, Func<Scenario, Task> body)
    {
        await using var run = new Scenario(this, scenario);
        try
        {
            await body(run);
            await run.CheckRemainingPagesAsync();
        }
        catch
        {
            await run.ScreenshotAllAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        Playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
