using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// Inställningar while acting for a child: the guardian chooses where to hear about the child's messages (their own
/// addresses offered, nothing ticked), and the child's own choices are not on the page. Axe runs on every page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ChildNotificationSettingsTests(PortalFixture fixture)
{
    private const string Lilla = "Lilla Exempelsson";

    [Fact]
    public Task A_guardian_sets_e_mail_notifications_about_the_5_year_old() => fixture.RunAsync(nameof(ChildNotificationSettingsTests), async s =>
    {
        var anna = await s.ResidentAsync();
        var page = anna.Page;
        await ResidentSteps.LogInAsync(anna, DemoPeople.Anna);
        await OmbudSteps.OpenPickerAsync(anna);
        await OmbudSteps.ChooseAsync(anna, Lilla);

        await anna.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Inställningar", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inställningar");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Du företräder {Lilla}.");
        await Expect(page.GetByLabel("E-postadress")).ToHaveValueAsync("anna.exempelsson@example.se");
        await Expect(page.GetByLabel("E-post", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(page.GetByText("Jag vill hellre få information digitalt än med brev")).ToHaveCountAsync(0);

        await page.GetByLabel("E-post", new() { Exact = true }).CheckAsync();
        await anna.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Spara inställningar" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dina inställningar för aviseringar om barnet är sparade.");
        await Expect(page.GetByLabel("E-post", new() { Exact = true })).ToBeCheckedAsync();
    });
}
