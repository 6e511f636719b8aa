using FormEngine.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>What a member of staff does in the workspace (/personal), by labels and roles.</summary>
public static class StaffSteps
{
    public static async Task LogInAsync(PortalPage staff, string name)
    {
        await staff.GotoAsync("/personal/logga-in");
        var page = staff.Page;
        // The label is "Name, Title": the name alone identifies the seeded person.
        await page.GetByLabel(name).CheckAsync();
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }));
        await Expect(page.GetByText(name).First).ToBeVisibleAsync();
    }

    /// <summary>Opens a case from the clinic inbox by its reference.</summary>
    public static async Task OpenFromClinicInboxAsync(PortalPage staff, string clinicKey, string reference)
    {
        await staff.GotoAsync($"/personal/inkorg?mottagning={clinicKey}");
        await staff.ClickAndWaitAsync(staff.Page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }));
        await Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
    }

    /// <summary>Distributes the open case to a handler (radio label "Name, Title") in the "Fördela ärendet" section.</summary>
    public static async Task DistributeToAsync(PortalPage staff, string handlerName)
    {
        var section = staff.Page.GetByRole(AriaRole.Region, new() { Name = "Fördela ärendet" });
        await section.GetByLabel(handlerName).CheckAsync();
        await staff.ClickAndWaitAsync(section.GetByRole(AriaRole.Button, new() { Name = "Fördela", Exact = true }));
    }

    /// <summary>
    /// The decision buttons appear once the case's workflow waits for staff; the workflow is started right after
    /// the case was stored (outbox), so the page may need a reload or two first.
    /// </summary>
    public static async Task<ILocator> DecisionAsync(PortalPage staff, string label)
    {
        var button = staff.Page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });
        for (var attempt = 0; attempt < 40 && !await button.IsVisibleAsync(); attempt++)
        {
            await Task.Delay(250);
            await staff.AndWaitAsync(() => staff.Page.ReloadAsync());
        }
        await Expect(button).ToBeVisibleAsync();
        return button;
    }

    public static async Task AskResidentAsync(PortalPage staff, string question)
    {
        var ask = await DecisionAsync(staff, "Ställ en fråga till invånaren");
        await staff.Page.GetByLabel("Meddelande till invånaren").FillAsync(question);
        await staff.ClickAndWaitAsync(ask);
    }

    /// <summary>Inserts a clinic standard reply into the message and answers (which closes the case).</summary>
    public static async Task AnswerWithStandardReplyAsync(PortalPage staff, string standardReplyTitle)
    {
        await DecisionAsync(staff, "Besvara och avsluta");
        var page = staff.Page;
        await page.GetByLabel("Standardsvar").SelectOptionAsync(new SelectOptionValue { Label = standardReplyTitle });
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Infoga standardsvaret" }));
        await Expect(page.GetByLabel("Meddelande till invånaren")).Not.ToBeEmptyAsync();
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Besvara och avsluta", Exact = true }));
    }

    /// <summary>Sends an invånarärende from a template (the text replaced) and returns the new case's reference.</summary>
    public static async Task<string> SendResidentMessageAsync(PortalPage staff, string templateTitle, string personnummer, string text)
    {
        await staff.GotoAsync("/personal/invanararende/nytt");
        var page = staff.Page;
        await page.GetByLabel(templateTitle, new() { Exact = true }).CheckAsync();
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt", Exact = true }));
        await page.GetByLabel("Invånarens personnummer").FillAsync(personnummer);
        await page.GetByLabel("Meddelande", new() { Exact = true }).FillAsync(text);
        // The signature is prefilled from the staff member's name and title.
        await Expect(page.GetByLabel("Signatur: namn")).Not.ToBeEmptyAsync();
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Skicka till invånaren" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Meddelandet är skickat till invånaren.");
        return (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).Locator(".meta").InnerTextAsync()).Trim();
    }
}
