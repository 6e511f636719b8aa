using System.Security.Cryptography;
using System.Text;
using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>
/// Fictitious prescriptions, the same for a resident and clinic every time (picked by a hash of both), so a demo
/// resident always sees the same list and tests can rely on it. Replaced by a real source in a later issue.
/// </summary>
public sealed class DemoResidentDataSource : IResidentDataSource
{
    public const string PrescriptionsList = "clinic_prescriptions";

    private static readonly string[] Medicines =
    [
        "Levaxin 50 mikrogram, tabletter",
        "Enalapril 10 mg, tabletter",
        "Omeprazol 20 mg, kapslar",
        "Atorvastatin 20 mg, tabletter",
        "Salbutamol 0,1 mg/dos, inhalationsspray",
        "Sertralin 50 mg, tabletter",
        "Metformin 500 mg, tabletter",
        "Desloratadin 5 mg, tabletter",
    ];

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>> ListsForAsync(
        string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default)
    {
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(StringComparer.Ordinal);
        if (form.Definition.ExternalLists.Any(l => l.Name == PrescriptionsList))
            lists[PrescriptionsList] = Prescriptions(personnummer, clinic.Key);
        return ValueTask.FromResult<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>>(lists);
    }

    /// <summary>Three medicines in a row of the pool, starting where the hash points.</summary>
    public static IReadOnlyList<ExternalChoice> Prescriptions(string personnummer, string clinicKey)
    {
        var start = SHA256.HashData(Encoding.UTF8.GetBytes(personnummer + "|" + clinicKey))[0] % Medicines.Length;
        return [.. Enumerable.Range(0, 3).Select(i =>
        {
            var index = (start + i) % Medicines.Length;
            return new ExternalChoice($"rx-{index + 1}", LocalizedText.Swedish(Medicines[index]));
        })];
    }
}
