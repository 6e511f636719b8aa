using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using FormEngine.Host.Booking;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// Tidbokning in Chromium: Tolvan (whose demo book has a time on the next weekday, one later and one the clinic does
/// not let him cancel) cancels late after the invoice warning, books, rebooks and cancels; Birgitta sees the day
/// and books Erik an invitation with a purpose; Maja asks Tranås, which has no direct booking, for a time with the
/// request form. Every resident page gets axe; the staff pages are checked explicitly.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class BookingTests(PortalFixture fixture)
{
    [Fact]
    public Task A_resident_books_rebooks_and_cancels_and_staff_see_the_day_and_invite() => fixture.RunAsync(nameof(BookingTests), async s =>
    {
        var tolvan = await s.ResidentAsync();
        var page = tolvan.Page;
        await ResidentSteps.LogInAsync(tolvan, DemoPeople.Tolvan);
        await BookingSteps.OpenAsync(tolvan);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("av medicinska skäl");

        // The demo time on the next weekday: past vc-eksjo's deadline, so the invoice warning comes first.
        await BookingSteps.FollowFirstAsync(tolvan, "Avboka");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Besöket kommer att debiteras" })).ToBeVisibleAsync();
        await Expect(page.GetByText(BookingTexts.LateWarning)).ToBeVisibleAsync();
        await tolvan.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Avboka ändå", Exact = true }));
        await BookingSteps.ExpectDoneAsync(tolvan, "Tiden är avbokad.");

        await BookingSteps.BookFirstFreeAsync(tolvan, DemoPeople.EksjoName, "Läkarbesök");

        var birgitta = await s.StaffAsync();
        await StaffSteps.LogInAsync(birgitta, DemoPeople.BirgittaMottagare);
        await BookingSteps.OpenStaffDayAsync(birgitta, DemoPeople.Eksjo, BookingSteps.NextWeekday);
        await Expect(birgitta.Page.Locator("table.appointment-day")).ToContainTextAsync("Tolvan Tolvansson");
        await Accessibility.AssertNoSeriousViolationsAsync(birgitta.Page);
        await BookingSteps.InviteAsync(birgitta, DemoPeople.Erik, "Uppföljning av blodtrycket");
        await Expect(birgitta.Page.Locator("table.appointment-day")).ToContainTextAsync("Erik Demosson");
        await Accessibility.AssertNoSeriousViolationsAsync(birgitta.Page);

        // The new booking is the earliest movable one: rebook it, then cancel it (next weekday: late again).
        await BookingSteps.OpenAsync(tolvan);
        await BookingSteps.FollowFirstAsync(tolvan, "Omboka");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Omboka tid");
        await page.GetByRole(AriaRole.Group, new() { Name = "Välj tid" }).GetByRole(AriaRole.Radio).First.CheckAsync();
        await tolvan.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Boka om till vald tid", Exact = true }));
        await BookingSteps.ExpectDoneAsync(tolvan, "Tiden är ombokad.");
        await BookingSteps.FollowFirstAsync(tolvan, "Avboka");
        await Expect(page.GetByText(BookingTexts.LateWarning)).ToBeVisibleAsync();
        await tolvan.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Avboka ändå", Exact = true }));
        await BookingSteps.ExpectDoneAsync(tolvan, "Tiden är avbokad.");

        // The demo time a week ahead is in good time: no warning.
        await BookingSteps.FollowFirstAsync(tolvan, "Avboka");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Avboka tid");
        await Expect(page.GetByText(BookingTexts.LateWarning)).ToHaveCountAsync(0);
        await tolvan.ClickAndWaitAsync(page.GetByRole(AriaRole.Button, new() { Name = "Avboka tiden", Exact = true }));
        await BookingSteps.ExpectDoneAsync(tolvan, "Tiden är avbokad.");

        var erik = await s.ResidentAsync();
        await ResidentSteps.LogInAsync(erik, DemoPeople.Erik);
        await BookingSteps.OpenAsync(erik);
        await Expect(erik.Page.Locator(".booking-list")).ToContainTextAsync("Kallelse");
        await Expect(erik.Page.Locator(".booking-list")).ToContainTextAsync("Uppföljning av blodtrycket");
    });

    [Fact]
    public Task A_clinic_without_direct_booking_takes_a_booking_request() => fixture.RunAsync(nameof(BookingTests), async s =>
    {
        var maja = await s.ResidentAsync();
        var page = maja.Page;
        await ResidentSteps.LogInAsync(maja, DemoPeople.Maja);
        await BookingSteps.OpenAsync(maja);
        await maja.ClickAndWaitAsync(page.GetByRole(AriaRole.Link, new() { Name = "Boka tid hos Vårdcentralen Tranås", Exact = true }));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vad vill du ha tid för?" })).ToBeVisibleAsync();
        await ResidentSteps.ChooseAsync(maja, "Vem vill du träffa?", "Läkare");
        await page.GetByLabel("Beskriv varför du vill ha en tid").FillAsync("Ont i knät sedan tre veckor.");
        await ResidentSteps.ContinueAsync(maja);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontaktuppgifter" })).ToBeVisibleAsync();
        await page.GetByLabel("Telefonnummer").FillAsync("070-123 45 67");
        await ResidentSteps.ContinueAsync(maja);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = CaseTypeSteps.CheckYourAnswers })).ToBeVisibleAsync();
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(maja);
        await maja.GotoAsync("/inkorg");
        await Expect(ResidentSteps.InboxEntry(maja, reference)).ToHaveCountAsync(1);
    });
}
