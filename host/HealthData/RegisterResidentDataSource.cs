using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Identity;
using FormEngine.Submissions;

namespace FormEngine.Host.HealthData;

/// <summary>
/// The resident's lists that forms choose from, from the registers: <c>clinic_prescriptions</c> (Förnya recept)
/// holds the resident's e-prescriptions written at this clinic; <c>resident_aids</c> (Förnya hjälpmedel) the aids
/// prescribed at this clinic that can be ordered today (deliveries left, tidsspärr passed). The page and the intake
/// both build the form context from here, so an answer outside these lists is refused.
/// </summary>
public sealed class RegisterResidentDataSource(IPrescriptionRegister prescriptions, IAidDeliveries aids, TimeProvider clock) : IResidentDataSource
{
    public const string PrescriptionsList = "clinic_prescriptions";
    public const string AidsList = "resident_aids";

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>> ListsForAsync(
        string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default)
    {
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(StringComparer.Ordinal);
        if (Declares(form, PrescriptionsList))
        {
            var mine = await prescriptions.ForResidentAsync(personnummer, cancellationToken);
            lists[PrescriptionsList] = [.. mine.Where(p => p.PrescribingClinicKey == clinic.Key)
                .Select(p => new ExternalChoice(p.Id, LocalizedText.Swedish(p.Medicine)))];
        }
        if (Declares(form, AidsList))
        {
            var today = SwedishTime.Today(clock);
            var mine = await aids.ForResidentAsync(personnummer, cancellationToken);
            lists[AidsList] = [.. mine.Where(a => a.ClinicKey == clinic.Key && a.AvailabilityOn(today) == AidAvailability.Orderable)
                .Select(a => new ExternalChoice(a.Id, AidLabel(a)))];
        }
        return lists;
    }

    private static bool Declares(CompiledForm form, string list) => form.Definition.ExternalLists.Any(l => l.Name == list);

    private static LocalizedText AidLabel(Aid aid) => new(new Dictionary<string, string>
    {
        ["sv"] = $"{aid.Product} ({(aid.DeliveriesLeft == 1 ? "1 leverans" : $"{aid.DeliveriesLeft} leveranser")} kvar)",
        ["en"] = $"{aid.Product} ({(aid.DeliveriesLeft == 1 ? "1 delivery" : $"{aid.DeliveriesLeft} deliveries")} left)",
    });
}
