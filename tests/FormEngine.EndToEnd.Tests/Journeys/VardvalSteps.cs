using System.Globalization;
using FormEngine.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>Vårdval as a resident uses it: /vardval, the form reached from its link, the pending change.</summary>
public static class VardvalSteps
{
    /// <summary>Vera Vårdväljare (host/Demo/residents.yaml): used only by the vårdval scenario.</summary>
    public const string Vera = "19790815-2361";
    /// <summary>Sara Skyddad: skyddad identitet in Jönköpings län, which hides vårdval.</summary>
    public const string Sara = "19640130-7845";

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A Swedish date <paramref name="days"/> from today, as the date input takes it.</summary>
    public static string DaysFromToday(int days) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Stockholm).DateTime).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Follows "Välj en annan vårdcentral", chooses the clinic by its label and the date, and stops on check-your-answers.</summary>
    public static async Task ChooseAsync(PortalPage resident, string clinicLabel, string date)
    {
        var page = resident.Page;
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Välj en annan vårdcentral" }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Välj vårdcentral");
        await page.GetByLabel("Vårdcentral", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = clinicLabel });
        await page.GetByLabel("Från och med vilket datum?").FillAsync(date);
        await ResidentSteps.ContinueAsync(resident);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
    }

    /// <summary>The workflow registers the listing right after the intake: /vardval may need a reload or two.</summary>
    public static async Task<ILocator> PendingChangeAsync(PortalPage resident)
    {
        await resident.GotoAsync("/vardval");
        var pending = resident.Page.Locator("#kommande-byte");
        for (var attempt = 0; attempt < 40 && !await pending.IsVisibleAsync(); attempt++)
        {
            await Task.Delay(250);
            await resident.AndWaitAsync(() => resident.Page.ReloadAsync());
        }
        await Expect(pending).ToBeVisibleAsync();
        return pending;
    }
}
