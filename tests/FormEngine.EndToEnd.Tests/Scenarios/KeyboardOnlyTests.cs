using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// WCAG 2.1.1 Keyboard: a resident logs in and sends Förnya recept with Tab, Shift+Tab, arrow keys, Space, Enter and
/// typing only; nothing is clicked. The test only reads where focus is.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class KeyboardOnlyTests(PortalFixture fixture)
{
    [Fact]
    public Task A_resident_completes_Fornya_recept_with_the_keyboard_alone() => fixture.RunAsync(nameof(KeyboardOnlyTests), async s =>
    {
        var r = await s.ResidentAsync();
        var keys = r.Page.Keyboard;
        await r.GotoAsync("/logga-in");

        // The first Tab on a page reaches the skip link.
        var first = await Keyboard.TabToAsync(r, _ => true, "anything");
        Assert.Equal("Hoppa till innehållet", first.Name);

        await Keyboard.ChooseRadioAsync(r, "Välj e-legitimation", "BankID");
        await Keyboard.TabToFieldAsync(r, "Personnummer");
        await keys.TypeAsync(DemoPeople.Fatima);
        await Keyboard.ActivateAsync(r); // Enter in the text box submits the login form

        await Keyboard.TabToLinkAsync(r, "Mottagningar");
        await Keyboard.ActivateAsync(r);
        await Keyboard.TabToFieldAsync(r, "Mottagningens namn eller kommun");
        await keys.TypeAsync("Eksjö");
        await Keyboard.ActivateAsync(r);
        await Keyboard.TabToLinkAsync(r, DemoPeople.EksjoName);
        await Keyboard.ActivateAsync(r);
        await Keyboard.TabToLinkAsync(r, "Förnya recept");
        await Keyboard.ActivateAsync(r);

        // Page 1: the first prescription, with Space.
        await Keyboard.TabToAsync(r, f => f.Type == "checkbox" && f.Group.StartsWith("Recept", StringComparison.Ordinal), "a prescription checkbox");
        await keys.PressAsync("Space");
        Assert.True((await Keyboard.FocusedAsync(r)).Checked, "Space did not tick the prescription.");
        await Keyboard.TabToButtonAsync(r, "Fortsätt");
        await Keyboard.ActivateAsync(r);

        // Page 2: yes/no questions with the arrow keys; then back with Shift+Tab to check the first answer held.
        await Keyboard.ChooseRadioAsync(r, "Har ditt hälsotillstånd ändrats", "Nej");
        await Keyboard.ChooseRadioAsync(r, "Har du fått några biverkningar", "Nej");
        var back = await Keyboard.TabToAsync(r, f => f.Type == "radio" && f.Group.StartsWith("Har ditt hälsotillstånd", StringComparison.Ordinal),
            "the first question again", backwards: true);
        Assert.True(back is { Name: "Nej", Checked: true }, $"Shift+Tab returned to {back}");
        await Keyboard.TabToButtonAsync(r, "Fortsätt");
        await Keyboard.ActivateAsync(r);

        // Page 3.
        await Keyboard.ChooseRadioAsync(r, "Om mottagningen behöver fråga något", "Meddelande i inkorgen på 1177");
        await Keyboard.TabToButtonAsync(r, "Fortsätt");
        await Keyboard.ActivateAsync(r);

        // Check your answers: accept the terms with Space and send with Enter.
        await Expect(r.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
        await Keyboard.TabToAsync(r, f => f.Type == "checkbox" && f.Name.StartsWith("Jag har läst och godkänner villkoren", StringComparison.Ordinal), "the terms checkbox");
        await keys.PressAsync("Space");
        await Keyboard.TabToButtonAsync(r, "Skicka");
        await Keyboard.ActivateAsync(r);

        await ResidentSteps.ReceiptReferenceAsync(r);
    });
}
