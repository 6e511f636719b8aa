using System.Net;
using FormEngine.Host.Booking;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Booking;

/// <summary>
/// Residents on /tidbokning without JavaScript: book a free time, rebook, cancel (late cancellation warns first),
/// never another person's booking, and a guardian sees and books for the child. Every test uses its own times.
/// </summary>
public sealed class ResidentBookingTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    private static Task<HttpResponseMessage> PostAsync(ResidentBrowser browser, string url, Dictionary<string, string>? fields = null) =>
        PageForms.PostAsync(browser.Client, url, fields ?? []);

    [Fact]
    public async Task A_resident_books_a_free_time_rebooks_it_and_cancels_it()
    {
        var first = await BookingData.AddSlotAsync(Host, daysAhead: 14);
        var second = await BookingData.AddSlotAsync(Host, daysAhead: 15);
        var erik = await new ResidentBrowser(Host, BookingData.Erik).LogInAsync();

        var offer = await erik.PageAsync("/tidbokning/boka/vc-eksjo");
        Assert.NotNull(offer.QuerySelector($"input[name=tid][value='{first.Id}']"));
        var booked = await PostAsync(erik, "/tidbokning/boka/vc-eksjo", new() { ["tid"] = first.Id });
        Assert.Equal("/tidbokning?klart=bokad", booked.Headers.Location!.OriginalString);
        var booking = await Host.QueryAsync(db => db.AppointmentBookings.AsNoTracking().SingleAsync(b => b.SlotId == first.Id && b.Status == BookingStatus.Booked));
        Assert.Equal((BookingData.Erik, BookingMadeBy.Self), (booking.ResidentPersonnummer, booking.MadeBy));
        var list = await erik.PageAsync("/tidbokning?klart=bokad");
        Assert.Contains("Tiden är bokad.", list.QuerySelector("[role=status]")!.TextContent);
        Assert.NotNull(list.QuerySelector($"a[href='/tidbokning/{booking.Id}/omboka']"));
        Assert.NotNull(list.QuerySelector(".booking-list a[href='/mottagningar/vc-eksjo']"));

        var rebooked = await PostAsync(erik, $"/tidbokning/{booking.Id}/omboka", new() { ["tid"] = second.Id });
        Assert.Equal("/tidbokning?klart=ombokad", rebooked.Headers.Location!.OriginalString);
        Assert.Equal(BookingStatus.Rebooked, (await BookingData.FindAsync(Host, booking.Id)).Status);
        var moved = await Host.QueryAsync(db => db.AppointmentBookings.AsNoTracking().SingleAsync(b => b.RebookedFrom == booking.Id));
        Assert.Equal((second.Id, BookingStatus.Booked), (moved.SlotId, moved.Status));
        // The first time is free again.
        Assert.NotNull((await erik.PageAsync("/tidbokning/boka/vc-eksjo")).QuerySelector($"input[value='{first.Id}']"));

        var cancelPage = await erik.PageAsync($"/tidbokning/{moved.Id}/avboka");
        Assert.Null(cancelPage.QuerySelector(".late-warning"));
        var cancelled = await PostAsync(erik, $"/tidbokning/{moved.Id}/avboka");
        Assert.Equal("/tidbokning?klart=avbokad", cancelled.Headers.Location!.OriginalString);
        var stored = await BookingData.FindAsync(Host, moved.Id);
        Assert.Equal((BookingStatus.Cancelled, false, (string?)null), (stored.Status, stored.LateCancellation, stored.ActiveSlotId));
    }

    [Fact]
    public async Task Cancelling_past_the_deadline_warns_in_swedish_first_and_is_recorded_as_late()
    {
        // The next weekday: with vc-eksjo's one full weekday, always past the deadline.
        var nextWeekday = SwedishCalendar.Instance.AddWorkingDays(SwedishCalendar.SwedishDateOf(DateTimeOffset.UtcNow), 1);
        var slot = await BookingData.AddSlotAsync(Host, date: nextWeekday, hour: 15);
        var booking = await BookingData.AddBookingAsync(Host, slot, BookingData.Maja);
        var maja = await new ResidentBrowser(Host, BookingData.Maja).LogInAsync();

        var page = await maja.PageAsync($"/tidbokning/{booking.Id}/avboka");
        Assert.Contains(BookingTexts.LateWarning, page.QuerySelector(".late-warning")!.TextContent);
        Assert.Equal("Avboka ändå", page.QuerySelector("main form button[type=submit]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(maja, $"/tidbokning/{booking.Id}/avboka")).StatusCode);
        var stored = await BookingData.FindAsync(Host, booking.Id);
        Assert.Equal((BookingStatus.Cancelled, true), (stored.Status, stored.LateCancellation));
    }

    [Fact]
    public async Task Rebooking_past_the_deadline_warns_first_and_records_the_old_time_as_late()
    {
        var nextWeekday = SwedishCalendar.Instance.AddWorkingDays(SwedishCalendar.SwedishDateOf(DateTimeOffset.UtcNow), 1);
        var slot = await BookingData.AddSlotAsync(Host, date: nextWeekday, hour: 16);
        var later = await BookingData.AddSlotAsync(Host, daysAhead: 19);
        var booking = await BookingData.AddBookingAsync(Host, slot, BookingData.Fatima);
        var fatima = await new ResidentBrowser(Host, BookingData.Fatima).LogInAsync();

        var page = await fatima.PageAsync($"/tidbokning/{booking.Id}/omboka");
        Assert.Contains(BookingTexts.LateRebookWarning, page.QuerySelector(".late-warning")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(fatima, $"/tidbokning/{booking.Id}/omboka", new() { ["tid"] = later.Id })).StatusCode);
        var stored = await BookingData.FindAsync(Host, booking.Id);
        Assert.Equal((BookingStatus.Rebooked, true), (stored.Status, stored.LateCancellation));

        // In good time there is no warning and nothing is invoiced.
        var moved = await Host.QueryAsync(db => db.AppointmentBookings.AsNoTracking().SingleAsync(b => b.RebookedFrom == booking.Id));
        Assert.Null((await fatima.PageAsync($"/tidbokning/{moved.Id}/omboka")).QuerySelector(".late-warning"));
    }

    [Fact]
    public async Task A_booking_not_cancellable_for_medical_reasons_cannot_be_cancelled_or_rebooked()
    {
        var slot = await BookingData.AddSlotAsync(Host, daysAhead: 16, cancelAllowed: false, rebookAllowed: false);
        var booking = await BookingData.AddBookingAsync(Host, slot, BookingData.Karl);
        var karl = await new ResidentBrowser(Host, BookingData.Karl).LogInAsync();

        var list = await karl.PageAsync("/tidbokning");
        Assert.Contains("av medicinska skäl", list.QuerySelector("main")!.TextContent);
        Assert.Null(list.QuerySelector($"a[href='/tidbokning/{booking.Id}/avboka']"));
        // Not cancellable here, but message_allowed is on: the resident is pointed to the clinic.
        Assert.NotNull(list.QuerySelector(".booking-list a[href='/mottagningar/vc-eksjo']"));
        var page = await karl.PageAsync($"/tidbokning/{booking.Id}/avboka");
        Assert.Contains(BookingTexts.NotCancellable, page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form[method=post]"));

        // A forged post is refused all the same.
        var token = (await karl.PageAsync("/tidbokning/boka/vc-eksjo")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await karl.Client.PostAsync($"/tidbokning/{booking.Id}/avboka", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Contains("kunde inte avbokas", await forged.Content.ReadAsStringAsync());
        var other = await BookingData.AddSlotAsync(Host, daysAhead: 17);
        await karl.Client.PostAsync($"/tidbokning/{booking.Id}/omboka", new FormUrlEncodedContent(new Dictionary<string, string> { ["tid"] = other.Id, ["__RequestVerificationToken"] = token }));
        Assert.Equal(BookingStatus.Booked, (await BookingData.FindAsync(Host, booking.Id)).Status);
    }

    [Fact]
    public async Task Another_residents_booking_id_is_not_found_for_viewing_cancelling_or_rebooking()
    {
        var slot = await BookingData.AddSlotAsync(Host, daysAhead: 18);
        var booking = await BookingData.AddBookingAsync(Host, slot, BookingData.Erik);
        var fatima = await new ResidentBrowser(Host, BookingData.Fatima).LogInAsync();

        await fatima.PageAsync($"/tidbokning/{booking.Id}/avboka", HttpStatusCode.NotFound);
        await fatima.PageAsync($"/tidbokning/{booking.Id}/omboka", HttpStatusCode.NotFound);
        var token = (await fatima.PageAsync("/tidbokning/boka/vc-eksjo")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await fatima.Client.PostAsync($"/tidbokning/{booking.Id}/avboka", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(booking.Id, (await fatima.PageAsync("/tidbokning")).Body!.InnerHtml);
        Assert.Equal(BookingStatus.Booked, (await BookingData.FindAsync(Host, booking.Id)).Status);
    }

    [Fact]
    public async Task Only_online_care_types_at_clinics_with_direct_booking_can_be_booked()
    {
        var erik = await new ResidentBrowser(Host, BookingData.Erik).LogInAsync();
        await erik.PageAsync("/tidbokning/boka/vc-tranas", HttpStatusCode.NotFound);
        var start = await erik.PageAsync("/tidbokning");
        Assert.NotNull(start.QuerySelector("a[href='/mottagningar/vc-tranas/boka-tid']"));

        var healthTalk = await BookingData.AddSlotAsync(Host, careType: "halsosamtal", daysAhead: 19);
        Assert.Null((await erik.PageAsync("/tidbokning/boka/vc-eksjo")).QuerySelector($"input[value='{healthTalk.Id}']"));
        var forged = await PostAsync(erik, "/tidbokning/boka/vc-eksjo", new() { ["tid"] = healthTalk.Id });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.False(await Host.QueryAsync(db => db.AppointmentBookings.AnyAsync(b => b.SlotId == healthTalk.Id)));

        var none = await PostAsync(erik, "/tidbokning/boka/vc-eksjo");
        Assert.Contains("Välj en tid.", ResidentBrowser.Parse(await none.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_guardian_sees_the_childs_booked_times_and_books_for_the_child_as_ombud()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, BookingData.Anna).LogInAsync();

        // The demo book has a time for Lilla that Anna booked.
        var list = await anna.PageAsync("/tidbokning");
        Assert.Contains("Lilla Exempelsson", list.QuerySelector(".booking-list")!.TextContent);

        var slot = await BookingData.AddSlotAsync(Host, careType: "sjukskoterskebesok", daysAhead: 20);
        Assert.Equal(HttpStatusCode.Redirect, (await OmbudTests.ChooseAsync(anna, lilla)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(anna, "/tidbokning/boka/vc-eksjo", new() { ["tid"] = slot.Id })).StatusCode);
        var booking = await Host.QueryAsync(db => db.AppointmentBookings.AsNoTracking().SingleAsync(b => b.SlotId == slot.Id));
        Assert.Equal((lilla, BookingMadeBy.Ombud, BookingData.Anna), (booking.ResidentPersonnummer, booking.MadeBy, booking.MadeByIdentity));
        // Lilla's booking can be cancelled by Anna, also when acting for herself again.
        Assert.Equal(HttpStatusCode.Redirect, (await OmbudTests.ChooseAsync(anna, "jag")).StatusCode);
        await anna.PageAsync($"/tidbokning/{booking.Id}/avboka");
    }
}
