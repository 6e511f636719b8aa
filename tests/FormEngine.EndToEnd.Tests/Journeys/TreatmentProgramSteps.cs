using FormEngine.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>Stöd och behandling in the browser: the behandlare's and the resident's steps, by labels and roles.</summary>
public static class TreatmentProgramSteps
{
    /// <summary>Olle Programsson (host/Demo/residents.yaml): used by the treatment-program scenario only.</summary>
    public const string Olle = "19910517-7357";
    public const string OlleName = "Olle Programsson";
    /// <summary>The demo behandlare at Vårdcentralen Eksjö.</summary>
    public const string Helena = "Helena Behandlarsson";
    public const string ProgramTitle = "Hantera stress";

    /// <summary>On /personal/behandling: gives the stress program to the resident and lands on their progress page.</summary>
    public static async Task AssignAsync(PortalPage staff, string personnummer)
    {
        await staff.GotoAsync("/personal/behandling");
        await Accessibility.AssertNoSeriousViolationsAsync(staff.Page);
        var page = staff.Page;
        await page.GetByLabel("Invånarens personnummer").FillAsync(personnummer);
        await page.GetByRole(AriaRole.Group, new() { Name = "Program" }).GetByLabel(ProgramTitle).CheckAsync();
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Ge programmet" }));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Programmet är tilldelat");
    }

    /// <summary>From the resident's program list into a module by its title.</summary>
    public static async Task OpenModuleAsync(PortalPage resident, string moduleTitle)
    {
        await resident.GotoAsync("/stod-och-behandling");
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = ProgramTitle }));
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = moduleTitle }));
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(moduleTitle);
    }

    /// <summary>Fills in and sends the stress scale of module 1 (from the module page).</summary>
    public static async Task SendStressScaleAsync(PortalPage resident)
    {
        var page = resident.Page;
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Fyll i veckans stresskattning" }));
        await ResidentSteps.ChooseAsync(resident, "Hur ofta har du känt att du inte har kunnat hantera allt du behövt göra?", "Ganska ofta");
        await ResidentSteps.ChooseAsync(resident, "Hur ofta har du känt dig irriterad eller nedstämd på grund av stress?", "Ibland");
        await ResidentSteps.ChooseAsync(resident, "Hur ofta har du känt dig spänd eller haft svårt att slappna av?", "Mycket ofta");
        await ResidentSteps.ChooseAsync(resident, "Hur ofta har du känt att du har haft kontroll över din vardag?", "Nästan aldrig");
        await ResidentSteps.ChooseAsync(resident, "Hur ofta har du känt dig utvilad när du vaknat?", "Aldrig");
        await ResidentSteps.ContinueAsync(resident);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Skicka", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Dina svar är skickade till din behandlare");
    }

    /// <summary>Writes to the other side in the form labelled <paramref name="label"/> and sends it.</summary>
    public static async Task WriteAsync(PortalPage user, string label, string text)
    {
        await user.Page.GetByLabel(label).FillAsync(text);
        await user.ClickAndWaitAsync(user.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka meddelandet" }));
    }
}
