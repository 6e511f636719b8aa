using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// A guardian as ombud (issue 5): Anna Exempelsson is offered her 5-year-old but not her 13-year-old, renews a
/// prescription for the child with "Du företräder" on every page, and sees the child's case in the inbox only while
/// acting for the child. The resident browser runs axe on every page, the picker included.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class GuardianTests(PortalFixture fixture)
{
    private const string Lilla = "Lilla Exempelsson";
    private const string Olle = "Olle Exempelsson";
    private const string ActingForLilla = "Du företräder: " + Lilla;

    [Fact]
    public Task A_guardian_renews_a_prescription_for_the_5_year_old_and_sees_it_only_while_acting() => fixture.RunAsync(nameof(GuardianTests), async s =>
    {
        var anna = await s.ResidentAsync();
        var page = anna.Page;
        await ResidentSteps.LogInAsync(anna, DemoPeople.Anna);

        await OmbudSteps.OpenPickerAsync(anna);
        var people = page.GetByRole(AriaRole.Group, new() { Name = OmbudSteps.Question });
        await Expect(people.GetByLabel(Lilla, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(people.GetByLabel("Mig själv (Anna Exempelsson)", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Olle");
        await Expect(people.GetByRole(AriaRole.Radio)).ToHaveCountAsync(2);

        await OmbudSteps.ChooseAsync(anna, Lilla);
        await Expect(page.GetByText(ActingForLilla)).ToBeVisibleAsync();

        await ResidentSteps.OpenClinicAsync(anna, "Eksjö", DemoPeople.EksjoName);
        await Expect(page.GetByText(ActingForLilla)).ToBeVisibleAsync();
        await ResidentSteps.StartEServiceAsync(anna, "Förnya recept");
        await Expect(page.GetByText(ActingForLilla)).ToBeVisibleAsync();
        await ResidentSteps.FillRenewPrescriptionAsync(anna);
        await Expect(page.GetByText(ActingForLilla)).ToBeVisibleAsync();
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(anna);
        await Expect(page.GetByText(ActingForLilla)).ToBeVisibleAsync();

        await anna.GotoAsync("/inkorg");
        await Expect(page.GetByText(ActingForLilla)).ToBeVisibleAsync();
        await Expect(ResidentSteps.InboxEntry(anna, reference)).ToHaveCountAsync(1);

        // Back to herself: the bar says so no more, and the child's case is not in her own inbox.
        await OmbudSteps.OpenPickerAsync(anna);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = OmbudSteps.Question }).GetByLabel(Lilla, new() { Exact = true })).ToBeCheckedAsync();
        await OmbudSteps.ChooseAsync(anna, "Mig själv (Anna Exempelsson)");
        await Expect(page.GetByText("Du företräder:")).ToHaveCountAsync(0);
        await anna.GotoAsync("/inkorg");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Du företräder:")).ToHaveCountAsync(0);
        await Expect(ResidentSteps.InboxEntry(anna, reference)).ToHaveCountAsync(0);
        await Expect(page.GetByText(Olle)).ToHaveCountAsync(0);
    });
}
