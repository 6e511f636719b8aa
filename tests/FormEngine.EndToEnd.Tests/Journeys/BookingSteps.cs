using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.Host.Booking;
using FormEngine.Time;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>Tidbokning for residents and the clinic's appointment book for staff, by labels and roles.</summary>
public static class BookingSteps
{
    /// <summary>The next Swedish weekday: the demo book's first times, always inside vc-eksjo's one-weekday deadline.</summary>
    public static DateOnly NextWeekday => SwedishCalendar.Instance.AddWorkingDays(SwedishCalendar.SwedishDateOf(DateTimeOffset.UtcNow), 1);

    public static async Task OpenAsync(PortalPage resident)
    {
        await resident.GotoAsync("/tidbokning");
        await Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tidbokning");
    }

    public static Task ExpectDoneAsync(PortalPage resident, string text) =>
        Expect(resident.Page.GetByRole(AriaRole.Status)).ToContainTextAsync(text);

    /// <summary>Books the first free time of <paramref name="careType"/> at a clinic with direct booking.</summary>
    public static async Task BookFirstFreeAsync(PortalPage resident, string clinicName, string careType)
    {
        var page = resident.Page;
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = clinicName, Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Boka tid hos {clinicName}");
        await page.GetByLabel("Typ av besök").SelectOptionAsync(new SelectOptionValue { Label = careType });
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Visa tider", Exact = true }));
        await page.GetByRole(AriaRole.Group, new() { Name = "Välj tid" }).GetByRole(AriaRole.Radio).First.CheckAsync();
        await resident.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Boka tiden", Exact = true }));
        await ExpectDoneAsync(resident, "Tiden är bokad.");
    }

    /// <summary>Follows the first "Avboka"/"Omboka" link among the booked times (the earliest such booking).</summary>
    public static Task FollowFirstAsync(PortalPage resident, string action) =>
        resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Link, new() { Name = $"{action} tiden" }).First);

    public static async Task OpenStaffDayAsync(PortalPage staff, string clinicKey, DateOnly day)
    {
        await staff.GotoAsync($"/personal/tidbok?mottagning={clinicKey}&datum={day:yyyy-MM-dd}");
        await Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tidbok");
    }

    /// <summary>Books the resident on the day's first free time as an invitation: first without a purpose (refused), then with one.</summary>
    public static async Task InviteAsync(PortalPage staff, string personnummer, string purpose)
    {
        var page = staff.Page;
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Boka invånare" }).First);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Boka invånare (kallelse)");
        await page.GetByLabel("Invånarens personnummer").FillAsync(personnummer);
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Boka invånaren", Exact = true }));
        await Expect(page.Locator(".error-summary")).ToContainTextAsync(StaffBookings.PurposeMissing);
        await page.GetByLabel("Syfte med kallelsen").FillAsync(purpose);
        await staff.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Boka invånaren", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invånaren är bokad.");
    }
}
