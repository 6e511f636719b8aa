using System.Security.Cryptography;
using System.Text;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.HealthData;

/// <summary>
/// What the demo registers answer for a resident they hold nothing about (anyone who logs in with a test
/// personnummer that is not in the seed): three prescriptions written at Vårdcentralen Eksjö (picked by a hash
/// of the personnummer, so the same every time) and one at Vårdcentralen Huskvarna, and three aids from Eksjö, one
/// of each availability. Computed, never stored. <see cref="HealthDataOptions.DemoDefaultsForUnknownResidents"/>.
/// </summary>
public static class DemoDefaults
{
    public const string Clinic = "vc-eksjo";
    public const string OtherClinic = "vc-huskvarna";

    private static readonly (string Medicine, string Dosage)[] Medicines =
    [
        ("Levaxin 50 mikrogram, tabletter", "1 tablett på morgonen"),
        ("Enalapril 10 mg, tabletter", "1 tablett dagligen"),
        ("Omeprazol 20 mg, kapslar", "1 kapsel på morgonen vid behov"),
        ("Atorvastatin 20 mg, tabletter", "1 tablett till kvällen"),
        ("Salbutamol 0,1 mg/dos, inhalationsspray", "1–2 doser vid behov, högst 8 doser per dygn"),
        ("Sertralin 50 mg, tabletter", "1 tablett dagligen"),
        ("Metformin 500 mg, tabletter", "1 tablett 2 gånger dagligen i samband med måltid"),
        ("Desloratadin 5 mg, tabletter", "1 tablett dagligen vid besvär"),
    ];

    /// <summary>Whether any demo register holds anything about the resident (then nothing is made up).</summary>
    public static async Task<bool> IsKnownAsync(PortalDbContext db, string personnummer, CancellationToken cancellationToken) =>
        await db.Prescriptions.AnyAsync(p => p.ResidentPersonnummer == personnummer, cancellationToken)
        || await db.AidEntitlements.AnyAsync(a => a.ResidentPersonnummer == personnummer, cancellationToken)
        || await db.CareRecordEntries.AnyAsync(e => e.ResidentPersonnummer == personnummer, cancellationToken)
        || await db.HighCostPeriods.AnyAsync(p => p.ResidentPersonnummer == personnummer, cancellationToken);

    public static IReadOnlyList<EPrescription> Prescriptions(string personnummer, DateOnly today)
    {
        var start = SHA256.HashData(Encoding.UTF8.GetBytes(personnummer))[0] % Medicines.Length;
        var at = Enumerable.Range(0, 4).Select(i => (start + i) % Medicines.Length).ToList();
        return [.. at.Select((index, i) => new EPrescription(
            $"rx-demo-{index + 1}", Medicines[index].Medicine, Medicines[index].Dosage, i < 3 ? Clinic : OtherClinic,
            today.AddDays(-40 - 30 * i), WithdrawalsLeft: i == 0 ? 0 : 2, ValidUntil: today.AddDays(325 - 30 * i)))];
    }

    public static IReadOnlyList<Aid> Aids(DateOnly today) =>
    [
        new("aid-demo-1", "Teststickor FreeStyle Precision, 50 st", "diabetes", Clinic, 3, 90, today.AddDays(-100)),
        new("aid-demo-2", "Lansetter Microlet, 200 st", "diabetes", Clinic, 2, 90, today.AddDays(-20)),
        new("aid-demo-3", "Pennkanyler BD Micro-Fine 5 mm, 100 st", "diabetes", Clinic, 0, 90, today.AddDays(-200)),
    ];
}
