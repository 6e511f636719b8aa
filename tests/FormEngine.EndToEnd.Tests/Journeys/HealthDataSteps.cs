using FormEngine.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>The read-only health services as a resident opens them: from the start page's cards.</summary>
public static class HealthDataSteps
{
    /// <summary>Opens a service from its start-page card and waits for its heading.</summary>
    public static async Task OpenFromStartAsync(PortalPage resident, string card, string heading)
    {
        await resident.GotoAsync("/");
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = card, Exact = true }));
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
    }
}
