using System.Net;
using FormEngine.Host.Booking;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Booking;

/// <summary>
/// The last free time, booked by several at the same moment: exactly one gets it, on SQLite and on PostgreSQL
/// (test.sh runs this class on both). The guarantee is the database's unique index on the active booking per time.
/// </summary>
public sealed class BookingRaceTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task Of_eight_concurrent_bookings_of_one_time_exactly_one_wins_round_after_round()
    {
        var book = Host.Services.GetRequiredService<IAppointmentBook>();
        string[] residents = [BookingData.Erik, BookingData.Fatima, BookingData.Maja, BookingData.Karl];
        for (var round = 0; round < 10; round++)
        {
            var slot = await BookingData.AddSlotAsync(Host);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                await gate.Task;
                return await book.BookAsync(new NewBooking(slot.Id, residents[i % residents.Length], BookingMadeBy.Self, null, null, DateTimeOffset.UtcNow));
            })).ToList();
            gate.SetResult();
            var outcomes = await Task.WhenAll(attempts);

            Assert.Single(outcomes, o => o.Result == BookingResult.Done);
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(BookingResult.SlotTaken, o.Result));
            var active = await Host.QueryAsync(db => db.AppointmentBookings.CountAsync(b => b.SlotId == slot.Id && b.Status == BookingStatus.Booked));
            Assert.Equal(1, active);
        }
    }

    [Fact]
    public async Task Two_residents_posting_the_last_time_at_once_one_is_booked_and_the_other_told_in_swedish()
    {
        var erik = await new ResidentBrowser(Host, BookingData.Erik).LogInAsync();
        var fatima = await new ResidentBrowser(Host, BookingData.Fatima).LogInAsync();
        for (var round = 0; round < 5; round++)
        {
            var slot = await BookingData.AddSlotAsync(Host, daysAhead: 12 + round);
            var url = "/tidbokning/boka/vc-eksjo";
            // Fetch the pages (and their antiforgery tokens) first, then post both at once.
            var forms = await Task.WhenAll(new[] { erik, fatima }.Select(async b => (Browser: b, Token: await TokenAsync(b, url))));
            var responses = await Task.WhenAll(forms.Select(f => f.Browser.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["tid"] = slot.Id, ["__RequestVerificationToken"] = f.Token,
            }))));

            var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            Assert.Equal("/tidbokning?klart=bokad", winner.Headers.Location!.OriginalString);
            var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Contains("Tiden hann bokas av någon annan", await loser.Content.ReadAsStringAsync());
            var booked = await Host.QueryAsync(db => db.AppointmentBookings.Where(b => b.SlotId == slot.Id && b.Status == BookingStatus.Booked).ToListAsync());
            Assert.Single(booked);
        }
    }

    [Fact]
    public async Task The_database_refuses_a_second_active_booking_of_a_time_even_when_no_check_came_first()
    {
        var slot = await BookingData.AddSlotAsync(Host);
        await BookingData.AddBookingAsync(Host, slot, BookingData.Erik);
        await Assert.ThrowsAsync<DbUpdateException>(() => BookingData.AddBookingAsync(Host, slot, BookingData.Fatima));
        // A cancelled booking frees the time: its ActiveSlotId is null, and NULLs never collide.
        await Host.QueryAsync(db => db.AppointmentBookings.Where(b => b.SlotId == slot.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.ActiveSlotId, (string?)null)));
        await BookingData.AddBookingAsync(Host, slot, BookingData.Fatima);
    }

    private static async Task<string> TokenAsync(ResidentBrowser browser, string url)
    {
        var page = await browser.PageAsync(url);
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
