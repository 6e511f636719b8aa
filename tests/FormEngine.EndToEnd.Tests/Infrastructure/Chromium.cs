using Microsoft.Playwright;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>Debian's Chromium, driven by the node driver inside the Playwright NuGet package: nothing is downloaded
/// (CI has no internet, so `playwright install` is never run). scripts/ensure-deps.sh installs the browser.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/ensure-deps.sh (apt-get install chromium).");
        }
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: CI runs as root. The rest keeps the browser from calling home, which would only time out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }
}
