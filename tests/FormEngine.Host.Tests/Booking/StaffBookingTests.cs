using System.Net;
using FormEngine.Host.Booking;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Booking;

/// <summary>
/// Staff on /personal/tidbok: the clinic's day with booked residents (access-logged), only at their own clinics,
/// and booking a resident as an invitation, which needs a purpose.
/// </summary>
public sealed class StaffBookingTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Sara = "196401307845";

    private BootHost Host => shared.Host;

    private static string Day(AppointmentSlot slot) => $"{SwedishCalendar.SwedishDateOf(slot.StartsAt):yyyy-MM-dd}";

    [Fact]
    public async Task The_day_shows_who_is_booked_and_each_resident_shown_is_access_logged()
    {
        var slot = await BookingData.AddSlotAsync(Host, daysAhead: 22, hour: 7);
        await BookingData.AddBookingAsync(Host, slot, BookingData.Fatima);
        var protectedSlot = await BookingData.AddSlotAsync(Host, daysAhead: 22, hour: 6);
        await BookingData.AddBookingAsync(Host, protectedSlot, Sara);
        var birgitta = await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var page = await birgitta.PageAsync($"/personal/tidbok?mottagning=vc-eksjo&datum={Day(slot)}");
        var table = page.QuerySelector("table.appointment-day")!.TextContent;
        Assert.Contains("Fatima Fiktiv (19880411-6427)", table);
        Assert.Contains("07:00–07:30", table);
        var saraRow = page.QuerySelectorAll("table.appointment-day tr").Single(r => r.TextContent.Contains("Sara Skyddad"));
        Assert.NotNull(saraRow.QuerySelector(".protected-identity"));
        var logged = await Host.QueryAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.StaffHsaId == StaffPeople.Birgitta && e.ResidentPersonnummer == BookingData.Fatima && e.ClinicKey == "vc-eksjo").ToListAsync());
        Assert.Contains(logged, e => e.Action == "read" && e.At >= before && e.What.StartsWith("tidbok", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_see_only_their_own_clinics_appointment_books()
    {
        var peter = await new StaffBrowser(Host, StaffPeople.Peter).LogInAsync();
        var own = await peter.PageAsync("/personal/tidbok");
        Assert.Equal(["hudmottagningen-ryhov"], own.QuerySelectorAll("#mottagning option").Select(o => o.GetAttribute("value")));
        await peter.PageAsync("/personal/tidbok?mottagning=vc-eksjo", HttpStatusCode.Forbidden);
        var eksjoSlot = await BookingData.AddSlotAsync(Host, daysAhead: 23);
        await peter.PageAsync($"/personal/tidbok/boka/{eksjoSlot.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invitation_needs_a_purpose_and_is_then_among_the_residents_booked_times()
    {
        var slot = await BookingData.AddSlotAsync(Host, careType: "halsosamtal", daysAhead: 24, hour: 9);
        var birgitta = await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync();
        var url = $"/personal/tidbok/boka/{slot.Id}";

        var refused = await PageForms.PostAsync(birgitta.Client, url, new Dictionary<string, string> { ["personnummer"] = BookingData.Karl, ["syfte"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusal = ResidentBrowser.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains(StaffBookings.PurposeMissing, refusal.QuerySelector(".error-summary")!.TextContent);
        var noPurpose = await PageForms.PostAsync(birgitta.Client, url, new Dictionary<string, string> { ["personnummer"] = BookingData.Karl, ["syfte"] = "  " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPurpose.StatusCode);
        Assert.False(await Host.QueryAsync(db => db.AppointmentBookings.AnyAsync(b => b.SlotId == slot.Id)));

        var booked = await PageForms.PostAsync(birgitta.Client, url, new Dictionary<string, string> { ["personnummer"] = "19450704-2192", ["syfte"] = "Årlig kontroll av blodtrycket" });
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var booking = await Host.QueryAsync(db => db.AppointmentBookings.AsNoTracking().SingleAsync(b => b.SlotId == slot.Id));
        Assert.Equal((BookingData.Karl, BookingMadeBy.StaffInvitation, StaffPeople.Birgitta, "Årlig kontroll av blodtrycket"),
            (booking.ResidentPersonnummer, booking.MadeBy, booking.MadeByIdentity, booking.Purpose));
        Assert.True(await Host.QueryAsync(db => db.AccessLog.AnyAsync(e => e.StaffHsaId == StaffPeople.Birgitta && e.ResidentPersonnummer == BookingData.Karl && e.Action == "change")));

        var karl = await new ResidentBrowser(Host, BookingData.Karl).LogInAsync();
        var list = (await karl.PageAsync("/tidbokning")).QuerySelector(".booking-list")!.TextContent;
        Assert.Contains("Kallelse", list);
        Assert.Contains("Årlig kontroll av blodtrycket", list);
        // The time is taken now: a second invitation to it is not found.
        await birgitta.PageAsync(url, HttpStatusCode.NotFound);
    }
}
