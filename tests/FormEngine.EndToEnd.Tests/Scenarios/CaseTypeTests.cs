using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// The remaining case types, each sent by a demo resident at Vårdcentralen Eksjö and handled by its staff, and
/// the rules about who may use them: age limits (eligibility) and an offer for named residents only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CaseTypeTests(PortalFixture fixture)
{
    private const string Journalkopia = "Beställ journalkopia";
    private const string Provhantering = "Beställ provtagning för klamydia och gonorré";
    private const string Blodtryck = "Rapportera blodtryck hemifrån";

    [Fact]
    public Task Kontakta_mig_is_sent_and_answered() => fixture.RunAsync(nameof(Kontakta_mig_is_sent_and_answered), async s =>
    {
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Erik);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Kontakta mig");
        await CaseTypeSteps.FillKontaktaMigAsync(resident, "070-123 45 67");
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await CaseTypeSteps.AnswerAsync(staff, DemoPeople.BirgittaMottagare, reference, "Provsvaren är bra. Vi ringer dig i morgon förmiddag.");
        await CaseTypeSteps.ReadAnswerAsync(resident, reference, "Provsvaren är bra.");
    });

    [Fact]
    public Task Journalkopia_is_ordered_and_answered() => fixture.RunAsync(nameof(Journalkopia_is_ordered_and_answered), async s =>
    {
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Karl);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, Journalkopia);
        await CaseTypeSteps.FillJournalkopiaAsync(resident);
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await CaseTypeSteps.AnswerAsync(staff, DemoPeople.BirgittaMottagare, reference, "Journalkopian är skickad med post i dag.");
        await CaseTypeSteps.ReadAnswerAsync(resident, reference, "Journalkopian är skickad med post i dag.");
    });

    [Fact]
    public Task Egen_provhantering_with_a_negative_result_is_answered_and_closed() => fixture.RunAsync(nameof(Egen_provhantering_with_a_negative_result_is_answered_and_closed), async s =>
    {
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Fatima);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, Provhantering);
        await CaseTypeSteps.FillProvhanteringAsync(resident);
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.OpenFromClinicInboxAsync(staff, DemoPeople.Eksjo, reference);
        await StaffSteps.DistributeToAsync(staff, DemoPeople.BirgittaMottagare);
        await Expect(await StaffSteps.DecisionAsync(staff, "Provsvar positivt: kontakta invånaren")).ToBeVisibleAsync();
        await staff.ClickAndWaitAsync(await StaffSteps.DecisionAsync(staff, "Provsvar negativt: skicka svaret och avsluta"));
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Det negativa provsvaret är skickat och ärendet avslutat.");

        await CaseTypeSteps.ReadAnswerAsync(resident, reference, "Provet visade ingen infektion");
        await resident.GotoAsync("/inkorg");
        await Expect(ResidentSteps.InboxEntry(resident, reference).GetByText("Avslutat")).ToBeVisibleAsync();
    });

    [Fact]
    public Task Synpunkter_are_sent_and_answered() => fixture.RunAsync(nameof(Synpunkter_are_sent_and_answered), async s =>
    {
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Maja);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Lämna synpunkter och klagomål");
        await CaseTypeSteps.FillSynpunkterAsync(resident, "Mycket trevligt bemötande i receptionen.");
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await CaseTypeSteps.AnswerAsync(staff, DemoPeople.BirgittaMottagare, reference, "Tack för dina fina ord, vi hälsar receptionen.");
        await CaseTypeSteps.ReadAnswerAsync(resident, reference, "Tack för dina fina ord");
    });

    [Fact]
    public Task The_named_residents_own_case_type_is_sent_by_them_and_hidden_from_others() => fixture.RunAsync(nameof(The_named_residents_own_case_type_is_sent_by_them_and_hidden_from_others), async s =>
    {
        var other = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(other, DemoPeople.Gustav);
        await ResidentSteps.OpenClinicAsync(other, "Eksjö", DemoPeople.EksjoName);
        await Expect(other.Page.GetByRole(AriaRole.Link, new() { Name = "Kontakta mig", Exact = true })).ToBeVisibleAsync();
        await Expect(other.Page.GetByText(Blodtryck)).ToHaveCountAsync(0);

        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Tolvan);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, Blodtryck);
        var reference = await CaseTypeSteps.SendBloodPressureAsync(resident);

        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await CaseTypeSteps.AnswerAsync(staff, DemoPeople.BirgittaMottagare, reference, "Dina värden ser bra ut. Fortsätt mäta en vecka i månaden.");
        await CaseTypeSteps.ReadAnswerAsync(resident, reference, "Dina värden ser bra ut.");
    });

    [Fact]
    public Task Age_limits_are_shown_to_a_teenager_and_to_a_guardian_acting_for_a_child() => fixture.RunAsync(nameof(Age_limits_are_shown_to_a_teenager_and_to_a_guardian_acting_for_a_child), async s =>
    {
        // Tea is 15: the kit (15+) is offered, the copy of the record (16+) is not, here and on its own address.
        var tea = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(tea, CaseTypeSteps.Tea);
        await ResidentSteps.OpenClinicAsync(tea, "Eksjö", DemoPeople.EksjoName);
        var card = CaseTypeSteps.Card(tea, Journalkopia);
        await Expect(card).ToContainTextAsync("Du behöver ha fyllt 16 år för att beställa en journalkopia.");
        await Expect(card.GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await ResidentSteps.StartEServiceAsync(tea, Provhantering);
        await tea.GotoAsync($"/mottagningar/{DemoPeople.Eksjo}/bestall-journalkopia");
        await Expect(tea.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Journalkopia);
        await Expect(tea.Page.GetByText("Du behöver ha fyllt 16 år")).ToBeVisibleAsync();
        await Expect(tea.Page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt" })).ToHaveCountAsync(0);

        // Anna acting for Lilla (5): both age-limited services say why they are not offered.
        var anna = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(anna, DemoPeople.Anna);
        await OmbudSteps.OpenPickerAsync(anna);
        await OmbudSteps.ChooseAsync(anna, "Lilla Exempelsson");
        await ResidentSteps.OpenClinicAsync(anna, "Eksjö", DemoPeople.EksjoName);
        await Expect(CaseTypeSteps.Card(anna, Provhantering)).ToContainTextAsync("Du behöver ha fyllt 15 år");
        await Expect(CaseTypeSteps.Card(anna, Journalkopia)).ToContainTextAsync("Du behöver ha fyllt 16 år");
    });
}
