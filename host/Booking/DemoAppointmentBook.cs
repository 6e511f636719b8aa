using FormEngine.Host.Demo;
using FormEngine.Host.Identity;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Booking;

/// <summary>
/// FICTITIOUS demo appointment books: three weeks of times at a few Jönköping clinics from today, and some booked
/// times for demo residents: Tolvan has an ordinary one, one on the next weekday (inside the late-cancellation
/// window) and one the clinic does not let him cancel; Anna's daughter Lilla (5) has one Anna booked as ombud.
/// Runs only while the appointment book is empty.
/// </summary>
public sealed class DemoAppointmentBook(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IDemoSeed
{
    public const string Tolvan = "191212121212";
    public const string Anna = "198509224625";
    private const int Weeks = 3;

    private sealed record Template(string Clinic, TimeOnly Start, int Minutes, string CareType, string CareTypeName, string Performer, string Title);

    private static readonly Template[] Day =
    [
        new("vc-eksjo", new(8, 0), 20, "sjukskoterskebesok", "Sjuksköterskebesök", "Birgitta Mottagare", "Sjuksköterska"),
        new("vc-eksjo", new(8, 30), 30, "lakarbesok", "Läkarbesök", "Johan Läkarsson", "Läkare"),
        new("vc-eksjo", new(9, 30), 30, "lakarbesok", "Läkarbesök", "Johan Läkarsson", "Läkare"),
        new("vc-eksjo", new(11, 0), 20, "sjukskoterskebesok", "Sjuksköterskebesök", "Birgitta Mottagare", "Sjuksköterska"),
        new("vc-eksjo", new(13, 0), 30, "lakarbesok", "Läkarbesök", "Johan Läkarsson", "Läkare"),
        new("vc-eksjo", new(14, 30), 45, "halsosamtal", "Hälsosamtal", "Karin Undersköterskesson", "Undersköterska"),
        new("vc-eksjo", new(15, 30), 20, "sjukskoterskebesok", "Sjuksköterskebesök", "Birgitta Mottagare", "Sjuksköterska"),
        new("vc-huskvarna", new(8, 15), 15, "vaccination", "Vaccination", "Sofia Sprutström", "Sjuksköterska"),
        new("vc-huskvarna", new(9, 0), 30, "lakarbesok", "Läkarbesök", "Ahmed Allmänläkare", "Läkare"),
        new("vc-huskvarna", new(13, 15), 15, "vaccination", "Vaccination", "Sofia Sprutström", "Sjuksköterska"),
        new("vc-tranas", new(9, 0), 30, "lakarbesok", "Läkarbesök", "Johan Läkarsson", "Läkare"),
        new("vc-tranas", new(10, 0), 20, "sjukskoterskebesok", "Sjuksköterskebesök", "Maria Sekreterarsson", "Sjuksköterska"),
        new("hudmottagningen-ryhov", new(8, 0), 30, "ljusbehandling", "Ljusbehandling", "Hanna Hudvård", "Sjuksköterska"),
        new("hudmottagningen-ryhov", new(10, 0), 45, "nybesok", "Nybesök hudläkare", "Peter Hudström", "Läkare"),
        new("hudmottagningen-ryhov", new(13, 0), 30, "aterbesok", "Återbesök hudläkare", "Peter Hudström", "Läkare"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.AppointmentSlots.AnyAsync(cancellationToken)) return;
        var today = SwedishTime.Today(clock);
        var now = clock.GetUtcNow();
        var slots = new List<AppointmentSlot>();
        for (var date = today.AddDays(1); date <= today.AddDays(7 * Weeks); date = date.AddDays(1))
        {
            if (!SwedishCalendar.Instance.IsWorkingDay(date)) continue;
            slots.AddRange(Day.Select(t => Slot(t, date)));
        }
        db.AppointmentSlots.AddRange(slots);

        var lilla = await db.Residents.Where(r => r.Name == "Lilla Exempelsson").Select(r => r.Personnummer).FirstOrDefaultAsync(cancellationToken);
        var nextWeekday = SwedishCalendar.Instance.AddWorkingDays(today, 1);
        Book(db, Find(slots, "vc-eksjo", nextWeekday, new(13, 0)), Tolvan, BookingMadeBy.Self, null, null, now);
        Book(db, Find(slots, "vc-eksjo", SwedishCalendar.Instance.AddWorkingDays(today, 7), new(8, 30)), Tolvan, BookingMadeBy.Self, null, null, now);
        var notCancellable = Find(slots, "hudmottagningen-ryhov", SwedishCalendar.Instance.AddWorkingDays(today, 9), new(10, 0));
        (notCancellable.CancelAllowed, notCancellable.RebookAllowed, notCancellable.MessageAllowed) = (false, false, false);
        Book(db, notCancellable, Tolvan, BookingMadeBy.StaffInvitation, "SE2321000065-P00000000005", "Uppföljning efter provtagning: behandlingen får inte skjutas upp.", now);
        if (lilla is not null)
            Book(db, Find(slots, "vc-eksjo", SwedishCalendar.Instance.AddWorkingDays(today, 5), new(11, 0)), lilla, BookingMadeBy.Ombud, Anna, null, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AppointmentSlot Slot(Template t, DateOnly date)
    {
        var local = date.ToDateTime(t.Start, DateTimeKind.Unspecified);
        var start = new DateTimeOffset(local, SwedishCalendar.Stockholm.GetUtcOffset(local)).ToUniversalTime();
        return new AppointmentSlot
        {
            Id = $"demo-{t.Clinic}-{date:yyyyMMdd}-{t.Start:HHmm}",
            ClinicKey = t.Clinic, StartsAt = start, EndsAt = start.AddMinutes(t.Minutes),
            CareType = t.CareType, CareTypeName = t.CareTypeName, PerformerName = t.Performer, PerformerTitle = t.Title,
        };
    }

    private static AppointmentSlot Find(List<AppointmentSlot> slots, string clinic, DateOnly date, TimeOnly start) =>
        slots.Single(s => s.Id == $"demo-{clinic}-{date:yyyyMMdd}-{start:HHmm}");

    private static void Book(PortalDbContext db, AppointmentSlot slot, string personnummer, BookingMadeBy madeBy, string? identity, string? purpose, DateTimeOffset now) =>
        db.AppointmentBookings.Add(new AppointmentBooking
        {
            Id = $"demo-{slot.Id}", SlotId = slot.Id, ActiveSlotId = slot.Id, ResidentPersonnummer = personnummer,
            MadeBy = madeBy, MadeByIdentity = identity, Purpose = purpose, Status = BookingStatus.Booked, BookedAt = now,
        });
}
