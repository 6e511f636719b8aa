using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static FormEngine.EndToEnd.Tests.Journeys.TreatmentProgramSteps;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// Stöd och behandling in two browsers: the behandlare gives "Hantera stress" to a resident, the resident sends
/// module 1's stress scale and writes to the behandlare, the behandlare sees the answers and the message and
/// answers, and the resident reads the answer. axe runs on every resident page and on the behandlare's pages.
/// One test, because each step needs the previous one's state.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TreatmentProgramTests(PortalFixture fixture)
{
    private const string ResidentMessage = "Hej! Jobbet stressar mig mest, särskilt på kvällarna.";
    private const string BehandlareAnswer = "Tack Olle. Nästa vecka registrerar vi när stressen kommer.";

    [Fact]
    public Task A_behandlare_assigns_the_program_the_resident_does_module_1_and_they_exchange_messages() => fixture.RunAsync(nameof(TreatmentProgramTests), async s =>
    {
        // (a) The behandlare gives the program.
        var staff = await s.StaffAsync();
        await StaffSteps.LogInAsync(staff, Helena);
        await AssignAsync(staff, Olle);
        var progressAddress = staff.Path.Split('?')[0];
        await Accessibility.AssertNoSeriousViolationsAsync(staff.Page);

        // (b) The resident does module 1's form and writes to the behandlare.
        var resident = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(resident, Olle);
        await OpenModuleAsync(resident, "Vad är stress?");
        await Expect(resident.Page.GetByText("Stress är kroppens sätt att göra sig redo")).ToBeVisibleAsync();
        await SendStressScaleAsync(resident);
        await Expect(resident.Page.GetByRole(AriaRole.Main).GetByText("Skickat", new() { Exact = true })).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = ProgramTitle }));
        await Expect(resident.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Vad är stress?" })).ToContainTextAsync("Klar");
        await Expect(resident.Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Registrera din stress" })).ToContainTextAsync("Inte öppnad än");
        await WriteAsync(resident, "Skriv till din behandlare", ResidentMessage);
        await Expect(resident.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt meddelande är skickat");

        // (c) The behandlare sees the resident as new, the answers and the message, answers and opens module 2.
        await staff.GotoAsync("/personal/behandling");
        await Expect(staff.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = OlleName })).ToContainTextAsync("Nytt");
        await staff.ClickAndWaitAsync(staff.Page.GetByRole(AriaRole.Link, new() { Name = OlleName }));
        Assert.Equal(progressAddress, staff.Path);
        await Expect(staff.Page.Locator(".program-done-count")).ToContainTextAsync("1 av 5 moduler");
        await Expect(staff.Page.Locator(".answer-list").First).ToContainTextAsync("Mycket ofta");
        await Expect(staff.Page.GetByText(ResidentMessage)).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(staff.Page);
        await WriteAsync(staff, "Skriv till invånaren", BehandlareAnswer);
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Meddelandet är skickat");
        await staff.ClickAndWaitAsync(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Öppna nästa modul: Registrera din stress" }));
        await Expect(staff.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Modulen är öppnad");

        // (d) The resident reads the answer; module 2 is open now.
        await resident.GotoAsync("/stod-och-behandling");
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = ProgramTitle }));
        await Expect(resident.Page.GetByText(BehandlareAnswer)).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = "Registrera din stress" }));
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registrera din stress");
    });
}
