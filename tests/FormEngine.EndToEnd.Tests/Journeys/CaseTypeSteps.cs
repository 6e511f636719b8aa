using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.Host.Demo;
using FormEngine.Submissions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>Filling the remaining case types (Kontakta mig, journalkopia, egen provhantering, synpunkter, blodtryck) and handling them.</summary>
public static class CaseTypeSteps
{
    public const string CheckYourAnswers = "Kontrollera dina svar innan du skickar";

    /// <summary>Tea Tonårsdotter (host/Demo/residents.yaml): 15 years and 60 days old whenever the demo is seeded.</summary>
    public static string Tea => FormatTwelve(TestPersonnummer.Create(
        TestPersonnummer.BirthDateFor(FormContext.SwedishToday(TimeProvider.System), 15, 60), "482"));

    private static string FormatTwelve(string twelve) => $"{twelve[..8]}-{twelve[8..]}";

    public static async Task ExpectPageAsync(PortalPage resident, string heading) =>
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();

    /// <summary>Kontakta mig: a call from a nurse about test results in the morning, to a number the resident gives.</summary>
    public static async Task FillKontaktaMigAsync(PortalPage resident, string phone)
    {
        var page = resident.Page;
        await ExpectPageAsync(resident, "Vad gäller det?");
        await ResidentSteps.ChooseAsync(resident, "Varför vill du bli kontaktad?", "Jag vill ha svar på prover");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, "Vem vill du ska kontakta dig?");
        await ResidentSteps.ChooseAsync(resident, "Vem vill du bli kontaktad av?", "Sjuksköterska");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, "Hur och när vill du bli kontaktad?");
        await ResidentSteps.ChooseAsync(resident, "Hur vill du bli kontaktad?", "Telefonsamtal");
        await page.GetByLabel("Telefonnummer att ringa").FillAsync(phone);
        await page.GetByRole(AriaRole.Group, new() { Name = "När passar det att vi ringer?" }).GetByLabel("Förmiddag (8–12)").CheckAsync();
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, CheckYourAnswers);
    }

    /// <summary>Beställ journalkopia: this clinic's record from a start date up to today.</summary>
    public static async Task FillJournalkopiaAsync(PortalPage resident)
    {
        var page = resident.Page;
        await ExpectPageAsync(resident, "Vilken period gäller det?");
        await page.GetByLabel("Från och med").FillAsync("2024-01-01");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, "Vilka vårdenheter gäller det?");
        await Expect(page.GetByText("Kopian skickas med post till din folkbokföringsadress.")).ToBeVisibleAsync();
        await ResidentSteps.ChooseAsync(resident, "Vilka delar av journalen vill du ha?", "Från den här mottagningen");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, CheckYourAnswers);
    }

    /// <summary>Egen provhantering: a urine test kit, no symptoms; the neutral envelope is told.</summary>
    public static async Task FillProvhanteringAsync(PortalPage resident)
    {
        await ExpectPageAsync(resident, "Ditt provtagningspaket");
        await Expect(resident.Page.GetByText("neutralt kuvert")).ToBeVisibleAsync();
        await ResidentSteps.ChooseAsync(resident, "Vilket prov vill du ta?", "Urinprov");
        await ResidentSteps.ChooseAsync(resident, "Har du besvär som sveda, flytningar eller smärta?", "Nej");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, CheckYourAnswers);
    }

    /// <summary>Lämna synpunkter och klagomål: praise about how the resident was treated.</summary>
    public static async Task FillSynpunkterAsync(PortalPage resident, string text)
    {
        await ExpectPageAsync(resident, "Dina synpunkter");
        await ResidentSteps.ChooseAsync(resident, "Vad vill du lämna?", "Beröm");
        await ResidentSteps.ChooseAsync(resident, "Vad gäller det?", "Bemötande");
        await resident.Page.GetByLabel("Beskriv vad som hände").FillAsync(text);
        await ResidentSteps.ChooseAsync(resident, "Vill du ha svar från mottagningen?", "Ja");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, CheckYourAnswers);
    }

    /// <summary>Vårdcentralen Eksjö's blood-pressure report (no terms to accept): fills it and sends it.</summary>
    public static async Task<string> SendBloodPressureAsync(PortalPage resident)
    {
        var page = resident.Page;
        await ExpectPageAsync(resident, "Dina mätvärden");
        await page.GetByLabel("Övertryck (systoliskt)").FillAsync("138");
        await page.GetByLabel("Undertryck (diastoliskt)").FillAsync("86");
        await page.GetByLabel("Hur många dagar har du mätt?").FillAsync("7");
        await ResidentSteps.ContinueAsync(resident);
        await ExpectPageAsync(resident, CheckYourAnswers);
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }));
        return await ResidentSteps.ReceiptReferenceAsync(resident);
    }

    /// <summary>Staff open the case from the clinic inbox, distribute it to themselves and answer it, which closes it.</summary>
    public static async Task AnswerAsync(PortalPage staff, string staffName, string reference, string message)
    {
        await StaffSteps.OpenFromClinicInboxAsync(staff, DemoPeople.Eksjo, reference);
        await StaffSteps.DistributeToAsync(staff, staffName);
        var answer = await StaffSteps.DecisionAsync(staff, "Besvara och avsluta");
        await staff.Page.GetByLabel("Meddelande till invånaren").FillAsync(message);
        await staff.ClickAndWaitAsync(answer);
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Svaret är skickat och ärendet avslutat.");
    }

    /// <summary>The resident opens the case from the inbox and reads <paramref name="text"/> in it.</summary>
    public static async Task ReadAnswerAsync(PortalPage resident, string reference, string text)
    {
        await resident.GotoAsync("/inkorg");
        await resident.ClickAndWaitAsync(ResidentSteps.InboxEntry(resident, reference).GetByRole(AriaRole.Link));
        await Expect(resident.Page.GetByText(text).First).ToBeVisibleAsync();
    }

    /// <summary>The e-service's card on the open clinic page.</summary>
    public static ILocator Card(PortalPage resident, string title) =>
        resident.Page.GetByRole(AriaRole.Listitem).Filter(new() { Has = resident.Page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });
}
