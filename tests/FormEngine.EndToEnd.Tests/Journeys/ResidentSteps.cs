using System.Text.RegularExpressions;
using FormEngine.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>What a resident does in the portal, by the labels and roles a screen-reader user would meet.</summary>
public static partial class ResidentSteps
{
    public static async Task LogInAsync(PortalPage resident, string personnummer, string method = "BankID")
    {
        await resident.GotoAsync("/logga-in");
        var page = resident.Page;
        await page.GetByLabel(method, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Personnummer", new() { Exact = true }).FillAsync(personnummer);
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Logga in", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Välkommen");
    }

    /// <summary>Searches the clinic by name from the clinic list and opens it.</summary>
    public static async Task OpenClinicAsync(PortalPage resident, string search, string clinicName)
    {
        await resident.GotoAsync("/mottagningar");
        var page = resident.Page;
        await page.GetByLabel("Mottagningens namn eller kommun").FillAsync(search);
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "matchar" })).ToBeVisibleAsync();
        // The search results come after "Mina mottagningar", which may list the same clinic.
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = clinicName, Exact = true }).Last);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(clinicName);
    }

    public static async Task StartEServiceAsync(PortalPage resident, string title)
    {
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }));
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
    }

    public static Task ContinueAsync(PortalPage resident) =>
        resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt", Exact = true }));

    /// <summary>Answers a yes/no or single-choice question: the option inside the question's group.</summary>
    public static Task ChooseAsync(PortalPage resident, string question, string option) =>
        resident.Page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(option, new() { Exact = true }).CheckAsync();

    /// <summary>Fills Förnya recept from its first page to check-your-answers (first prescription, no changes).</summary>
    public static async Task FillRenewPrescriptionAsync(PortalPage resident)
    {
        var page = resident.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vilka recept vill du förnya?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Recept" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await ContinueAsync(resident);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ditt hälsotillstånd" })).ToBeVisibleAsync();
        await ChooseAsync(resident, "Har ditt hälsotillstånd ändrats sedan du fick receptet?", "Nej");
        await ChooseAsync(resident, "Har du fått några biverkningar av läkemedlet?", "Nej");
        await ContinueAsync(resident);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hur vill du bli kontaktad?" })).ToBeVisibleAsync();
        await ChooseAsync(resident, "Om mottagningen behöver fråga något", "Meddelande i inkorgen på 1177");
        await ContinueAsync(resident);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
    }

    /// <summary>On check-your-answers: accepts the terms, sends, and returns the case reference from the receipt.</summary>
    public static async Task<string> AcceptTermsAndSendAsync(PortalPage resident)
    {
        var page = resident.Page;
        await page.GetByLabel("Jag har läst och godkänner villkoren").CheckAsync();
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }));
        return await ReceiptReferenceAsync(resident);
    }

    public static async Task<string> ReceiptReferenceAsync(PortalPage resident)
    {
        var page = resident.Page;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ditt ärende är skickat");
        var reference = (await page.Locator("#arendenummer").InnerTextAsync()).Trim();
        Assert.Matches(Reference(), reference);
        return reference;
    }

    /// <summary>The inbox entry (card) of one case, found by its reference.</summary>
    public static ILocator InboxEntry(PortalPage resident, string reference) =>
        resident.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = reference });

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    public static partial Regex Reference();
}
