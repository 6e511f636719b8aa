using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// Vårdval in Chromium (issue 6): a demo resident of Jönköpings län changes to a vårdcentral in Östergötland from
/// a later date, sees the pending change on /vardval and the confirmation in the inbox; a resident with skyddad
/// identitet gets the explanation instead. The resident browser runs axe on every page, /vardval included.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class VardvalTests(PortalFixture fixture)
{
    private const string Ekholmen = "Vårdcentralen Ekholmen, Linköping (Region Östergötland)";

    [Fact]
    public Task A_resident_changes_to_a_vardcentral_in_ostergotland_and_sees_the_pending_change() => fixture.RunAsync(nameof(VardvalTests) + "-change", async s =>
    {
        var vera = await s.ResidentAsync();
        var page = vera.Page;
        await ResidentSteps.LogInAsync(vera, VardvalSteps.Vera);

        await HealthDataSteps.OpenFromStartAsync(vera, "Vårdval", "Vårdval");
        await Expect(page.Locator("#nuvarande-vardcentral")).ToContainTextAsync("Region Jönköpings län");
        await Expect(page.Locator("#nuvarande-vardcentral")).ToContainTextAsync("Listad sedan");
        await Expect(page.Locator("#kommande-byte")).ToHaveCountAsync(0);

        var from = VardvalSteps.DaysFromToday(7);
        await VardvalSteps.ChooseAsync(vera, Ekholmen, from);
        await Expect(page.GetByText(Ekholmen)).ToBeVisibleAsync();
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(vera);

        var pending = await VardvalSteps.PendingChangeAsync(vera);
        await Expect(pending).ToContainTextAsync("Vårdcentralen Ekholmen");
        await Expect(pending).ToContainTextAsync("Region Östergötland");
        // Until the date the listing in Jönköpings län still holds.
        await Expect(page.Locator("#nuvarande-vardcentral")).ToContainTextAsync("Region Jönköpings län");

        await vera.GotoAsync("/inkorg");
        await vera.ClickAndWaitAsync(ResidentSteps.InboxEntry(vera, reference).GetByRole(AriaRole.Link));
        await Expect(page.GetByText($"Du är listad på Vårdcentralen Ekholmen från och med {from}.")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Skyddad_identitet_sees_why_vardval_is_not_shown() => fixture.RunAsync(nameof(VardvalTests) + "-skyddad", async s =>
    {
        var sara = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(sara, VardvalSteps.Sara);

        await sara.GotoAsync("/vardval");

        await Expect(sara.Page.GetByRole(AriaRole.Heading, new() { Name = "Vårdval kan inte visas här" })).ToBeVisibleAsync();
        await Expect(sara.Page.GetByText("Du har skyddade personuppgifter.", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(sara.Page.GetByRole(AriaRole.Link, new() { Name = "Välj en annan vårdcentral" })).ToHaveCountAsync(0);
    });
}
