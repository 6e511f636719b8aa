using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;

namespace FormEngine.Host.Tests.Booking;

/// <summary>Times and bookings a test puts straight into the appointment book, each with its own id.</summary>
public static class BookingData
{
    public const string Erik = "198902025710";
    public const string Fatima = "198804116427";
    public const string Maja = "200106234966";
    public const string Karl = "194507042192";
    public const string Anna = "198509224625";

    /// <summary>A time at <paramref name="clinic"/> <paramref name="daysAhead"/> days from now (a date in Sweden, 12:00).</summary>
    public static async Task<AppointmentSlot> AddSlotAsync(BootHost host, string clinic = "vc-eksjo", string careType = "lakarbesok",
        int daysAhead = 10, bool cancelAllowed = true, bool rebookAllowed = true, DateOnly? date = null, int hour = 12)
    {
        var day = date ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysAhead);
        var local = day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        var start = new DateTimeOffset(local, SwedishCalendar.Stockholm.GetUtcOffset(local)).ToUniversalTime();
        var slot = new AppointmentSlot
        {
            Id = $"test-{Guid.NewGuid():N}", ClinicKey = clinic, StartsAt = start, EndsAt = start.AddMinutes(30),
            CareType = careType, CareTypeName = careType == "lakarbesok" ? "Läkarbesök" : careType,
            PerformerName = "Test Testläkare", PerformerTitle = "Läkare", CancelAllowed = cancelAllowed, RebookAllowed = rebookAllowed,
        };
        await host.QueryAsync(async db => { db.AppointmentSlots.Add(slot); return await db.SaveChangesAsync(); });
        return slot;
    }

    public static async Task<AppointmentBooking> AddBookingAsync(BootHost host, AppointmentSlot slot, string personnummer,
        BookingMadeBy madeBy = BookingMadeBy.Self, string? purpose = null)
    {
        var booking = new AppointmentBooking
        {
            Id = $"test-{Guid.NewGuid():N}", SlotId = slot.Id, ActiveSlotId = slot.Id, ResidentPersonnummer = personnummer,
            MadeBy = madeBy, Purpose = purpose, Status = BookingStatus.Booked, BookedAt = DateTimeOffset.UtcNow,
        };
        await host.QueryAsync(async db => { db.AppointmentBookings.Add(booking); return await db.SaveChangesAsync(); });
        return booking;
    }

    public static Task<AppointmentBooking> FindAsync(BootHost host, string bookingId) =>
        host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.AppointmentBookings), b => b.Id == bookingId));
}
