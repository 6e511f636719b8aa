using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>Progressive enhancement: with JavaScript switched off a resident logs in and sends a whole form.</summary>
[Collection(PortalCollection.Name)]
public sealed class NoJavaScriptTests(PortalFixture fixture)
{
    [Fact]
    public Task A_resident_sends_Fornya_recept_without_JavaScript() => fixture.RunAsync(nameof(NoJavaScriptTests), async s =>
    {
        var resident = await s.ResidentAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, BypassCSP = true });
        await ResidentSteps.LogInAsync(resident, DemoPeople.Anna);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Förnya recept");
        Assert.False(await ScriptsRanAsync(resident.Page), "JavaScript is not switched off in this browser context.");
        var control = await s.OpenAsync("control", audited: false, new BrowserNewContextOptions { BypassCSP = true });
        await control.GotoAsync("/");
        Assert.True(await ScriptsRanAsync(control.Page), "The marker script does not run even with JavaScript on.");

        // Without scripts a follow-up question cannot appear on its own: the server decides on the next post.
        await ResidentSteps.FillRenewPrescriptionAsync(resident);
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        await resident.GotoAsync("/inkorg");
        await Expect(ResidentSteps.InboxEntry(resident, reference)).ToBeVisibleAsync();
    });

    /// <summary>Whether page scripts run: a script element added by the test would set a marker (an inline script, which the
    /// portal's Content-Security-Policy forbids: the contexts that use this bypass it).</summary>
    private static async Task<bool> ScriptsRanAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = "document.documentElement.dataset.e2eScripts = 'on';" });
        return await page.Locator("html[data-e2e-scripts='on']").CountAsync() > 0;
    }
}
