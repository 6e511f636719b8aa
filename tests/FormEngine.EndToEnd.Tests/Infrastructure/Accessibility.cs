using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>The accessibility gate: axe (WCAG rules) on a page, failing on any serious or critical violation.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count == 0) return;
        var lines = blocking.Select(v =>
            $"  {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    at {n.Target}  {Shorten(n.Html)}")));
        Assert.Fail($"axe found {blocking.Count} serious or critical violation(s) on {new Uri(page.Url).PathAndQuery}:\n{string.Join("\n", lines)}");
    }

    private static string Shorten(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
