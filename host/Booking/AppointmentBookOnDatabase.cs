using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Booking;

/// <summary>
/// The appointment book in FormEngine's database. A booking holds its slot id in <c>ActiveSlotId</c> under a
/// unique index while active, so the database itself refuses a second active booking of the same time, on SQLite
/// and PostgreSQL alike, however the requests interleave.
/// </summary>
public sealed class AppointmentBookOnDatabase(IDbContextFactory<PortalDbContext> contexts) : IAppointmentBook
{
    public async Task<IReadOnlyList<Slot>> FreeSlotsAsync(string clinicKey, string? careType, DateTimeOffset startsFrom, DateTimeOffset startsBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slots = await db.AppointmentSlots.AsNoTracking()
            .Where(s => s.ClinicKey == clinicKey && s.StartsAt >= startsFrom && s.StartsAt < startsBefore && (careType == null || s.CareType == careType))
            .Where(s => !db.AppointmentBookings.Any(b => b.ActiveSlotId == s.Id))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return [.. slots.Select(ToSlot)];
    }

    public async Task<Slot?> FindSlotAsync(string slotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slot = await db.AppointmentSlots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == slotId, cancellationToken);
        return slot is null ? null : ToSlot(slot);
    }

    public async Task<IReadOnlyList<DayEntry>> ScheduleAsync(string clinicKey, DateTimeOffset startsFrom, DateTimeOffset startsBefore, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from s in db.AppointmentSlots.AsNoTracking()
            where s.ClinicKey == clinicKey && s.StartsAt >= startsFrom && s.StartsAt < startsBefore
            join b in db.AppointmentBookings.AsNoTracking() on s.Id equals b.ActiveSlotId into active
            from b in active.DefaultIfEmpty()
            select new { Slot = s, Booking = b }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Slot.StartsAt).ThenBy(r => r.Slot.Id)
            .Select(r => new DayEntry(ToSlot(r.Slot), r.Booking is null ? null : ToBooked(r.Booking, r.Slot)))];
    }

    public async Task<IReadOnlyList<BookedTime>> BookingsOfAsync(IReadOnlyCollection<string> personnummer, DateTimeOffset after, CancellationToken cancellationToken = default)
    {
        if (personnummer.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from b in db.AppointmentBookings.AsNoTracking()
            where personnummer.Contains(b.ResidentPersonnummer) && b.Status == BookingStatus.Booked
            join s in db.AppointmentSlots.AsNoTracking() on b.SlotId equals s.Id
            where s.EndsAt > after
            select new { Booking = b, Slot = s }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Slot.StartsAt).Select(r => ToBooked(r.Booking, r.Slot))];
    }

    public async Task<BookedTime?> FindBookingAsync(string bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await (
            from b in db.AppointmentBookings.AsNoTracking()
            where b.Id == bookingId && b.Status == BookingStatus.Booked
            join s in db.AppointmentSlots.AsNoTracking() on b.SlotId equals s.Id
            select new { Booking = b, Slot = s }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ToBooked(row.Booking, row.Slot);
    }

    public async Task<BookingOutcome> BookAsync(NewBooking booking, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.AppointmentSlots.AnyAsync(s => s.Id == booking.SlotId, cancellationToken)) return new(BookingResult.NotFound);
        if (await db.AppointmentBookings.AnyAsync(b => b.ActiveSlotId == booking.SlotId, cancellationToken)) return new(BookingResult.SlotTaken);
        var record = New(booking.SlotId, booking.ResidentPersonnummer, booking.MadeBy, booking.MadeByIdentity, booking.Purpose, booking.At);
        db.AppointmentBookings.Add(record);
        return await SaveAsync(db, booking.SlotId, record.Id, cancellationToken);
    }

    public async Task<BookingOutcome> RebookAsync(string bookingId, string newSlotId, bool late, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var old = await db.AppointmentBookings.SingleOrDefaultAsync(b => b.Id == bookingId && b.Status == BookingStatus.Booked, cancellationToken);
        if (old is null || !await db.AppointmentSlots.AnyAsync(s => s.Id == newSlotId, cancellationToken)) return new(BookingResult.NotFound);
        if (await db.AppointmentBookings.AnyAsync(b => b.ActiveSlotId == newSlotId, cancellationToken)) return new(BookingResult.SlotTaken);
        var record = New(newSlotId, old.ResidentPersonnummer, old.MadeBy, old.MadeByIdentity, old.Purpose, at);
        record.RebookedFrom = old.Id;
        (old.Status, old.ActiveSlotId, old.EndedAt, old.LateCancellation) = (BookingStatus.Rebooked, null, at, late);
        db.AppointmentBookings.Add(record);
        // One SaveChanges is one transaction: the old time is released only together with taking the new one.
        return await SaveAsync(db, newSlotId, record.Id, cancellationToken);
    }

    public async Task<BookingOutcome> CancelAsync(string bookingId, bool late, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Conditional on still being booked: a double click or two tabs cancel once.
        var changed = await db.AppointmentBookings
            .Where(b => b.Id == bookingId && b.Status == BookingStatus.Booked)
            .ExecuteUpdateAsync(u => u
                .SetProperty(b => b.Status, BookingStatus.Cancelled)
                .SetProperty(b => b.ActiveSlotId, (string?)null)
                .SetProperty(b => b.EndedAt, at)
                .SetProperty(b => b.LateCancellation, late), cancellationToken);
        return new(changed == 1 ? BookingResult.Done : BookingResult.NotFound, changed == 1 ? bookingId : null);
    }

    private async Task<BookingOutcome> SaveAsync(PortalDbContext db, string slotId, string bookingId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(BookingResult.Done, bookingId);
        }
        catch (DbUpdateException)
        {
            // The unique index on ActiveSlotId: another booking of this time committed between our check and insert.
            await using var check = await contexts.CreateDbContextAsync(cancellationToken);
            if (await check.AppointmentBookings.AnyAsync(b => b.ActiveSlotId == slotId, cancellationToken)) return new(BookingResult.SlotTaken);
            throw;
        }
    }

    private static AppointmentBooking New(string slotId, string personnummer, BookingMadeBy madeBy, string? identity, string? purpose, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        SlotId = slotId,
        ActiveSlotId = slotId,
        ResidentPersonnummer = personnummer,
        MadeBy = madeBy,
        MadeByIdentity = identity,
        Purpose = purpose,
        Status = BookingStatus.Booked,
        BookedAt = at,
    };

    internal static Slot ToSlot(AppointmentSlot s) => new(s.Id, s.ClinicKey, s.StartsAt, s.EndsAt, s.CareType, s.CareTypeName,
        s.PerformerName, s.PerformerTitle, s.CancelAllowed, s.RebookAllowed, s.MessageAllowed);

    private static BookedTime ToBooked(AppointmentBooking b, AppointmentSlot s) =>
        new(b.Id, ToSlot(s), b.ResidentPersonnummer, b.MadeBy, b.MadeByIdentity, b.Purpose, b.BookedAt);
}
