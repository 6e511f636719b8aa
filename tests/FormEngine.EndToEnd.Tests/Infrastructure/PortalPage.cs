using Microsoft.Playwright;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One user's page. Navigation goes through <see cref="GotoAsync"/> or the *AndWait methods, which wait for the
/// next document to load and then (on audited pages) run axe, so every resident page visited is checked once.
/// </summary>
public sealed class PortalPage
{
    private readonly bool audited;
    private int loads;
    private int checkedLoad;

    public PortalPage(IPage page, string name, bool audited)
    {
        Page = page;
        Name = name;
        this.audited = audited;
        page.Load += (_, _) => Interlocked.Increment(ref loads);
    }

    public IPage Page { get; }
    public string Name { get; }

    /// <summary>The path and query of the current document, e.g. <c>/inkorg</c>.</summary>
    public string Path => new Uri(Page.Url).PathAndQuery;

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path}: HTTP {response?.Status}");
        await CheckAccessibilityIfNewAsync();
    }

    /// <summary>Clicks something that loads a new document (a link or a submit button) and waits for it.</summary>
    public Task ClickAndWaitAsync(ILocator target) => AndWaitAsync(() => target.ClickAsync());

    /// <summary>Presses a key that loads a new document (Enter on a link or button, Space on a button).</summary>
    public Task PressAndWaitAsync(string key) => AndWaitAsync(() => Page.Keyboard.PressAsync(key));

    public async Task AndWaitAsync(Func<Task> action)
    {
        await CheckAccessibilityIfNewAsync();
        var before = Volatile.Read(ref loads);
        await action();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Volatile.Read(ref loads) == before)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name}: no new page loaded after the action (still at {Page.Url}).");
            await Task.Delay(25);
        }
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await CheckAccessibilityIfNewAsync();
    }

    /// <summary>Runs axe on the current document unless it was already checked.</summary>
    public async Task CheckAccessibilityIfNewAsync()
    {
        var current = Volatile.Read(ref loads);
        if (!audited || current == checkedLoad || Page.IsClosed) return;
        await Accessibility.AssertNoSeriousViolationsAsync(Page);
        checkedLoad = current;
    }
}
