using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// Begär intyg in the browser: the clinic's own certificate kinds are offered, a renewal asks about the current
/// certificate on a page of its own, and staff answer with the clinic's standard reply.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CertificateTests(PortalFixture fixture)
{
    [Fact]
    public Task A_renewed_driving_licence_certificate_is_requested_and_answered() => fixture.RunAsync(nameof(CertificateTests), async s =>
    {
        var resident = await s.ResidentAsync();
        var page = resident.Page;
        await ResidentSteps.LogInAsync(resident, DemoPeople.Tolvan);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Begär intyg");

        await CaseTypeSteps.ExpectPageAsync(resident, "Vilket intyg behöver du?");
        // Eksjö's offer lists its own kinds: a seafarer's certificate, but not Tranås's taxi certificate.
        await Expect(page.GetByLabel("Läkarintyg för sjöfolk")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Läkarintyg för taxiförarlegitimation")).ToHaveCountAsync(0);
        await ResidentSteps.ChooseAsync(resident, "Typ av intyg", "Läkarintyg för körkort");
        await page.GetByLabel("Vad ska intyget användas till?").FillAsync("Transportstyrelsen har begärt ett nytt intyg.");
        await ResidentSteps.ChooseAsync(resident, "Är det ett nytt intyg eller en förnyelse?", "Förnyelse av ett intyg jag har");
        await ResidentSteps.ContinueAsync(resident);

        // The renewal page: leaving it empty names both missing answers in the error summary.
        await CaseTypeSteps.ExpectPageAsync(resident, "Ditt nuvarande intyg");
        await ResidentSteps.ContinueAsync(resident);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vem utfärdade ditt nuvarande intyg?");
        await page.GetByLabel("Vem utfärdade ditt nuvarande intyg?").FillAsync("Vårdcentralen Eksjö");
        await page.GetByLabel("Till och med vilket datum gäller det nuvarande intyget?").FillAsync(
            DateTime.Today.AddMonths(2).ToString("yyyy-MM-dd"));
        await ResidentSteps.ContinueAsync(resident);

        await CaseTypeSteps.ExpectPageAsync(resident, "Kontaktuppgifter");
        await page.GetByLabel("Telefonnummer").FillAsync("070-555 12 34");
        await ResidentSteps.ContinueAsync(resident);
        await CaseTypeSteps.ExpectPageAsync(resident, CaseTypeSteps.CheckYourAnswers);
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.OpenFromClinicInboxAsync(staff, DemoPeople.Eksjo, reference);
        await Expect(staff.Page.GetByText("Transportstyrelsen har begärt ett nytt intyg.").First).ToBeVisibleAsync();
        await StaffSteps.DistributeToAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.AnswerWithStandardReplyAsync(staff, "Intyget är klart");
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Svaret är skickat och ärendet avslutat.");

        await CaseTypeSteps.ReadAnswerAsync(resident, reference, "Ditt intyg är klart");
    });
}
