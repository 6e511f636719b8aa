using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>Invånarärenden: staff send from a template; information cannot be answered, a question can.</summary>
[Collection(PortalCollection.Name)]
public sealed class InvanararendeTests(PortalFixture fixture)
{
    [Fact]
    public Task An_information_message_reaches_the_inbox_and_cannot_be_answered() => fixture.RunAsync(nameof(An_information_message_reaches_the_inbox_and_cannot_be_answered), async s =>
    {
        const string text = "Hej! Mottagningen har nya öppettider från och med måndag.";
        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        var reference = await StaffSteps.SendResidentMessageAsync(staff, "Meddelande till invånare", DemoPeople.Erik, text);
        var caseAddress = staff.Path.Split('?')[0];
        await Expect(staff.Page.GetByText("Inte öppnat ännu")).ToBeVisibleAsync();

        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Erik);
        await resident.GotoAsync("/inkorg");
        var entry = ResidentSteps.InboxEntry(resident, reference);
        await Expect(entry.GetByText("Oläst")).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(entry.GetByRole(AriaRole.Link));
        await Expect(resident.Page.GetByText("nya öppettider")).ToBeVisibleAsync();
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Name = "Svara mottagningen" })).ToHaveCountAsync(0);
        await Expect(resident.Page.GetByLabel("Ditt svar")).ToHaveCountAsync(0);

        // Staff see that it was opened.
        await staff.GotoAsync(caseAddress);
        await Expect(staff.Page.GetByText("Öppnat av invånaren")).ToBeVisibleAsync();
    });

    [Fact]
    public Task A_question_message_is_answered_and_the_answer_lands_in_the_clinic_queue() => fixture.RunAsync(nameof(A_question_message_is_answered_and_the_answer_lands_in_the_clinic_queue), async s =>
    {
        const string answer = "Jag kan inte sitta still under föreläsningarna.";
        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        var reference = await StaffSteps.SendResidentMessageAsync(staff, "Frågor inför vårdkontakt om sjukskrivning", DemoPeople.Karl,
            "Hej! Inför ditt besök vill vi veta vad du arbetar med och hur mycket.");
        var caseAddress = staff.Path.Split('?')[0];
        // While the resident has not answered, the case waits with the resident, not in the clinic's inbox.
        await staff.GotoAsync($"/personal/inkorg?mottagning={DemoPeople.Eksjo}");
        await Expect(staff.Page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToHaveCountAsync(0);

        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Karl);
        await resident.GotoAsync("/inkorg");
        var entry = ResidentSteps.InboxEntry(resident, reference);
        await Expect(entry.GetByText("Oläst")).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(entry.GetByRole(AriaRole.Link));
        await Expect(resident.Page.GetByText("vad du arbetar med")).ToBeVisibleAsync();
        // The template's questions are a form of their own: the resident fills its pages and sends it.
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = "Svara på frågorna" }));
        await ResidentSteps.ChooseAsync(resident, "Vad gör du huvudsakligen?", "Jag studerar");
        await ResidentSteps.ContinueAsync(resident);
        await resident.Page.GetByLabel("Sedan när har du haft besvären?").FillAsync(DateTime.Today.AddDays(-14).ToString("yyyy-MM-dd"));
        await resident.Page.GetByLabel("Hur påverkar besvären din förmåga att arbeta?").FillAsync(answer);
        await ResidentSteps.ChooseAsync(resident, "Är du borta från arbetet eller studierna på grund av besvären nu?", "Nej");
        await ResidentSteps.ContinueAsync(resident);
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }));
        await Expect(resident.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt svar är skickat");

        // The answer puts the case in the clinic's inbox, waiting to be distributed, with the resident's words.
        await staff.GotoAsync($"/personal/inkorg?mottagning={DemoPeople.Eksjo}");
        await Expect(staff.Page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        await staff.GotoAsync(caseAddress);
        await Expect(staff.Page.GetByText(answer).First).ToBeVisibleAsync();
    });
}
