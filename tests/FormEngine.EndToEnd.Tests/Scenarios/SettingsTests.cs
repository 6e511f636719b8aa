using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>Inställningar from the menu: a wrong number is refused with an error summary, a right one is saved (axe on each state).</summary>
[Collection(PortalCollection.Name)]
public sealed class SettingsTests(PortalFixture fixture)
{
    private const string Nils = "19920507-3159";

    [Fact]
    public Task A_resident_chooses_SMS_notifications_in_Installningar() => fixture.RunAsync(nameof(SettingsTests), async s =>
    {
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, Nils);
        var page = resident.Page;
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Inställningar", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inställningar");

        await page.GetByLabel("Mobilnummer").FillAsync("08-123 456 78");
        await page.GetByLabel("SMS", new() { Exact = true }).CheckAsync();
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skriv ett svenskt mobilnummer, till exempel 070-123 45 67." })).ToBeVisibleAsync();

        await page.GetByLabel("Mobilnummer").FillAsync("070-123 45 67");
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dina inställningar är sparade.");
        await Expect(page.GetByLabel("SMS", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Mobilnummer")).ToHaveValueAsync("070-123 45 67");
    });
}
