using FormEngine.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>A guardian choosing whom to act for on "Välj vem du vill företräda" (/ombud).</summary>
public static class OmbudSteps
{
    public const string Heading = "Välj vem du vill företräda";
    public const string Question = "Vem vill du företräda?";

    /// <summary>Opens the picker from the link every resident page carries.</summary>
    public static async Task OpenPickerAsync(PortalPage resident)
    {
        await resident.GotoAsync("/");
        var link = resident.Page.GetByRole(AriaRole.Link, new() { Name = Heading, Exact = true })
            .Or(resident.Page.GetByRole(AriaRole.Link, new() { Name = "Byt person", Exact = true }));
        await resident.ClickAndWaitAsync(link.First);
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Heading);
    }

    /// <summary>Chooses a person by the option's label on the open picker and continues.</summary>
    public static async Task ChooseAsync(PortalPage resident, string label)
    {
        await ResidentSteps.ChooseAsync(resident, Question, label);
        await ResidentSteps.ContinueAsync(resident);
    }
}
