using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// The read-only health services (issue 6): a demo resident reads Journalen, Läkemedel and Högkostnadsskydd from
/// the start page; a guardian reads the 5-year-old's journal as ombud and is never offered the 13-year-old. The
/// resident browser runs axe on every page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HealthDataTests(PortalFixture fixture)
{
    [Fact]
    public Task A_resident_reads_the_journal_the_prescriptions_and_the_high_cost_protection() => fixture.RunAsync(nameof(HealthDataTests) + "-own", async s =>
    {
        var tolvan = await s.ResidentAsync();
        var page = tolvan.Page;
        await ResidentSteps.LogInAsync(tolvan, DemoPeople.Tolvan);

        await HealthDataSteps.OpenFromStartAsync(tolvan, "Journalen", "Journalen");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anteckningar" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Kontroll av blodtrycket: 132/84.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Cell, new() { Name = "P-Glukos" })).ToBeVisibleAsync();

        await HealthDataSteps.OpenFromStartAsync(tolvan, "Läkemedel", "Läkemedel och hjälpmedel");
        var levaxin = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Levaxin 50 mikrogram" });
        await Expect(levaxin).ToContainTextAsync("2 uttag kvar");
        await Expect(page.GetByText("Kan beställas från")).ToBeVisibleAsync();

        await HealthDataSteps.OpenFromStartAsync(tolvan, "Högkostnadsskydd", "Högkostnadsskydd");
        await Expect(page.Locator("#hogkostnad-status")).ToContainTextAsync("Kvar till frikort");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Betalningar under perioden" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task A_guardian_reads_the_5_year_olds_journal_but_not_the_13_year_olds() => fixture.RunAsync(nameof(HealthDataTests) + "-ombud", async s =>
    {
        var anna = await s.ResidentAsync();
        var page = anna.Page;
        await ResidentSteps.LogInAsync(anna, DemoPeople.Anna);

        await OmbudSteps.OpenPickerAsync(anna);
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Olle");
        await OmbudSteps.ChooseAsync(anna, "Lilla Exempelsson");

        await HealthDataSteps.OpenFromStartAsync(anna, "Journalen", "Journalen för Lilla Exempelsson");
        await Expect(page.GetByText("BVC, 5-årsbesök")).ToBeVisibleAsync();
        await Expect(page.GetByText("Du företräder: Lilla Exempelsson")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("fotled");
    });

    [Fact]
    public Task Fornya_hjalpmedel_offers_only_the_aids_that_can_be_ordered_now() => fixture.RunAsync(nameof(HealthDataTests) + "-aids", async s =>
    {
        var tolvan = await s.ResidentAsync();
        var page = tolvan.Page;
        await ResidentSteps.LogInAsync(tolvan, DemoPeople.Tolvan);
        await ResidentSteps.OpenClinicAsync(tolvan, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(tolvan, "Förnya hjälpmedel");

        await ResidentSteps.ChooseAsync(tolvan, "Sorts hjälpmedel", "Inkontinenshjälpmedel");
        var product = page.GetByLabel("Produkt");
        // The empty "choose" option and the one aid with deliveries left whose tidsspärr has passed.
        await Expect(product.Locator("option")).ToHaveCountAsync(2);
        await Expect(product).ToContainTextAsync("TENA Slip Maxi, storlek M (4 leveranser kvar)");
        await Expect(product).Not.ToContainTextAsync("TENA Pants Plus");
        await product.SelectOptionAsync(new SelectOptionValue { Label = "TENA Slip Maxi, storlek M (4 leveranser kvar)" });
        await page.GetByLabel("Hur många använder du per dygn?").FillAsync("3");
        await page.GetByLabel("Antal förpackningar").FillAsync("4");
        await ResidentSteps.ContinueAsync(tolvan);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leverans" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Mottagare" }).GetByLabel("Namn").FillAsync("Tolvan Tolvansson");
        await page.GetByLabel("Telefonnummer", new() { Exact = true }).FillAsync("070-123 45 67");
        await page.GetByLabel("Gatuadress", new() { Exact = true }).FillAsync("Storgatan 1");
        await page.GetByLabel("Postnummer", new() { Exact = true }).FillAsync("575 31");
        await page.GetByLabel("Ort", new() { Exact = true }).FillAsync("Eksjö");
        await ResidentSteps.ContinueAsync(tolvan);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("TENA Slip Maxi, storlek M");
        await ResidentSteps.AcceptTermsAndSendAsync(tolvan);

        // What cannot be ordered yet is on Läkemedel och hjälpmedel, with the date.
        await HealthDataSteps.OpenFromStartAsync(tolvan, "Läkemedel", "Läkemedel och hjälpmedel");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "TENA Pants Plus" })).ToContainTextAsync("Kan beställas från");
    });
}
