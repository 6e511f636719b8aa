using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// The main journey, in two browsers: a resident submits Förnya recept, the clinic's ärendemottagare
/// distributes it and asks a question, the resident answers, staff answer with a standard reply (which closes the
/// case) and the resident reads the answer. One test, because each step needs the previous one's state.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RenewPrescriptionCaseTests(PortalFixture fixture)
{
    private const string Question = "Tar du fortfarande läkemedlet varje dag?";
    private const string ResidentAnswer = "Ja, en tablett varje morgon.";

    [Fact]
    public Task Resident_and_staff_take_a_renewal_from_submission_to_answered() => fixture.RunAsync(nameof(RenewPrescriptionCaseTests), async s =>
    {
        // (a) The resident submits.
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Gustav);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Förnya recept");
        await ResidentSteps.FillRenewPrescriptionAsync(resident);
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        // (b) Staff distribute it from the clinic inbox and ask a question.
        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.OpenFromClinicInboxAsync(staff, DemoPeople.Eksjo, reference);
        var caseAddress = staff.Path;
        await StaffSteps.DistributeToAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.AskResidentAsync(staff, Question);
        await Expect(staff.Page.GetByText(Question).First).ToBeVisibleAsync();

        // (c) The resident sees the question, unread, in the inbox and answers it.
        await resident.GotoAsync("/inkorg");
        var entry = ResidentSteps.InboxEntry(resident, reference);
        await Expect(entry.GetByText("Oläst")).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(entry.GetByRole(AriaRole.Link));
        await Expect(resident.Page.GetByText(Question)).ToBeVisibleAsync();
        await resident.Page.GetByLabel("Ditt svar").FillAsync(ResidentAnswer);
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka svar" }));
        await Expect(resident.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt svar är skickat");

        // (d) Staff see the answer and answer with a standard reply, which closes the case.
        await staff.GotoAsync(caseAddress);
        await Expect(staff.Page.GetByText(ResidentAnswer).First).ToBeVisibleAsync();
        await StaffSteps.AnswerWithStandardReplyAsync(staff, "Receptet är förnyat");
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Svaret är skickat och ärendet avslutat.");

        // (e) The resident reads the answer in the inbox.
        await resident.GotoAsync("/inkorg");
        entry = ResidentSteps.InboxEntry(resident, reference);
        await Expect(entry.GetByText("Oläst")).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(entry.GetByRole(AriaRole.Link));
        await Expect(resident.Page.GetByText("Ditt recept är förnyat")).ToBeVisibleAsync();
        await resident.GotoAsync("/inkorg");
        await Expect(ResidentSteps.InboxEntry(resident, reference).GetByText("Oläst")).ToHaveCountAsync(0);
    });
}
