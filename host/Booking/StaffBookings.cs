using FormEngine.Host.Cases;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Booking;

/// <summary>
/// The staff side of the appointment book: a clinic's day, and booking a resident (an invitation, kallelse, which
/// needs a purpose). Only at clinics where the staff member has a role. Showing booked residents by name is a read
/// of their data, and booking one a change: both go to the access log.
/// </summary>
public sealed class StaffBookings(IAppointmentBook book, AccessLog log, IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string PurposeMissing = "Ange syftet med kallelsen. En kallelse måste ha ett syfte.";
    public const string UnknownResident = "Det finns ingen invånare med det personnumret i e-tjänsterna.";
    public const string SlotGone = "Tiden är redan bokad eller har passerat. Välj en annan tid.";

    /// <summary>Clinics the staff member may see the appointment book of: any role there.</summary>
    public static IReadOnlyList<string> ClinicsOf(StaffProfile staff) => [.. staff.Roles.Select(r => r.ClinicKey).Distinct()];

    public static bool MayUse(StaffProfile staff, string clinicKey) => staff.Roles.Any(r => r.ClinicKey == clinicKey);

    /// <summary>The clinic's times on a Swedish date with booked residents' names; each resident shown is access-logged.</summary>
    public async Task<IReadOnlyList<StaffDayEntry>> DayAsync(StaffProfile staff, string clinicKey, DateOnly day, CancellationToken cancellationToken = default)
    {
        if (!MayUse(staff, clinicKey)) return [];
        var entries = await book.ScheduleAsync(clinicKey, SwedishCalendar.EndOfDay(day.AddDays(-1)), SwedishCalendar.EndOfDay(day), cancellationToken);
        var booked = entries.Where(e => e.Booking is not null).Select(e => e.Booking!.ResidentPersonnummer).Distinct().ToList();
        var names = await NamesAsync(booked, cancellationToken);
        foreach (var personnummer in booked)
            await log.WriteAsync(staff.HsaId, personnummer, clinicKey, AccessLog.Read, $"tidbok {day:yyyy-MM-dd}: bokad tid", cancellationToken);
        return [.. entries.Select(e => e.Booking is { } b && names.TryGetValue(b.ResidentPersonnummer, out var who)
            ? new StaffDayEntry(e.Slot, b, who.Name, who.ProtectedIdentity)
            : new StaffDayEntry(e.Slot, e.Booking, null, false))];
    }

    /// <summary>A free time the staff member may book a resident on; null otherwise.</summary>
    public async Task<Slot?> FreeSlotAsync(StaffProfile staff, string slotId, CancellationToken cancellationToken = default)
    {
        var slot = await book.FindSlotAsync(slotId, cancellationToken);
        if (slot is null || !MayUse(staff, slot.ClinicKey) || slot.StartsAt <= clock.GetUtcNow()) return null;
        var taken = await book.ScheduleAsync(slot.ClinicKey, slot.StartsAt, slot.StartsAt.AddTicks(1), cancellationToken);
        return taken.Any(e => e.Slot.Id == slot.Id && e.Booking is not null) ? null : slot;
    }

    /// <summary>Books the resident on the time as an invitation; the Swedish reason when refused.</summary>
    public async Task<(BookingOutcome Outcome, string? Error)> InviteAsync(StaffProfile staff, Slot slot, string personnummer, string? purpose,
        CancellationToken cancellationToken = default)
    {
        var text = purpose?.Trim();
        if (string.IsNullOrEmpty(text)) return (new(BookingResult.NotAllowed), PurposeMissing);
        if (!MayUse(staff, slot.ClinicKey)) return (new(BookingResult.NotAllowed), SlotGone);
        if ((await NamesAsync([personnummer], cancellationToken)).Count == 0) return (new(BookingResult.NotFound), UnknownResident);
        var outcome = await book.BookAsync(new NewBooking(slot.Id, personnummer, BookingMadeBy.StaffInvitation, staff.HsaId, text, clock.GetUtcNow()), cancellationToken);
        if (!outcome.Succeeded) return (outcome, SlotGone);
        await log.WriteAsync(staff.HsaId, personnummer, slot.ClinicKey, AccessLog.Change,
            $"tidbok: kallelse bokad {SwedishCalendar.SwedishDateOf(slot.StartsAt):yyyy-MM-dd}", cancellationToken);
        return (outcome, null);
    }

    private async Task<Dictionary<string, (string Name, bool ProtectedIdentity)>> NamesAsync(IReadOnlyCollection<string> personnummer, CancellationToken cancellationToken)
    {
        if (personnummer.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Residents.AsNoTracking().Where(r => personnummer.Contains(r.Personnummer))
            .ToDictionaryAsync(r => r.Personnummer, r => (r.Name, r.ProtectedIdentity), cancellationToken);
    }
}

/// <summary>A line of the staff day view: the time, its booking, the booked resident's name and whether they have skyddad identitet.</summary>
public sealed record StaffDayEntry(Slot Slot, BookedTime? Booking, string? ResidentName, bool ProtectedIdentity);
