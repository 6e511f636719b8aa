using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.HealthData;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Läkemedel: the resident's e-prescriptions from the prescription register with withdrawals left, and their
/// aids with deliveries left and, where the tidsspärr has not passed, the date they can be ordered from.
/// </summary>
public sealed class LakemedelModel(IPrescriptionRegister register, IAidDeliveries aidDeliveries, AccessLog accessLog, DefinitionLibrary library, TimeProvider clock)
    : HealthDataPageModel(accessLog, library, clock)
{
    public const string Viewed = "Läkemedel: e-recept och hjälpmedel";

    public IReadOnlyList<EPrescription> Prescriptions { get; private set; } = [];
    public IReadOnlyList<Aid> Aids { get; private set; } = [];
    public DateOnly Day { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NoStore();
        Day = Today;
        Prescriptions = await register.ForResidentAsync(Personnummer, cancellationToken);
        Aids = await aidDeliveries.ForResidentAsync(Personnummer, cancellationToken);
        await LogReadAsync(Prescriptions.Select(p => p.PrescribingClinicKey).Concat(Aids.Select(a => a.ClinicKey)), Viewed, cancellationToken);
    }

    public static string Withdrawals(int left) => left switch
    {
        0 => "Inga uttag kvar",
        1 => "1 uttag kvar",
        _ => $"{left} uttag kvar",
    };

    public static string Deliveries(int left) => left == 1 ? "1 leverans kvar" : $"{left} leveranser kvar";

    public string AidStatus(Aid aid) => aid.AvailabilityOn(Day) switch
    {
        AidAvailability.Orderable => "Kan beställas nu",
        AidAvailability.WaitingPeriod => $"Kan beställas från {Date(aid.OrderableFrom!.Value)} (tidsspärr)",
        _ => "Inga leveranser kvar. Kontakta mottagningen för en ny förskrivning.",
    };
}
