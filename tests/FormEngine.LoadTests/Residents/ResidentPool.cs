using FormEngine.Host.Demo;
using FormEngine.LoadTests.Checks;

namespace FormEngine.LoadTests.Residents;

/// <summary>
/// The run's residents: new fictitious personnummer (nobody in the demo seed), so every one is created by its
/// first login, and the cases they make are told apart from the demo's by whose they are.
/// </summary>
public static class ResidentPool
{
    public static async Task<IReadOnlyList<VirtualResident>> CreateAsync(HttpClient client, int count, int firstSerial, CaseLedger ledger)
    {
        var residents = Enumerable.Range(0, count)
            .Select(i => new VirtualResident(client, TestPersonnummer.Create(new DateOnly(1970, 1, 1).AddDays(i), (firstSerial + i % 500).ToString("D3", System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        // Eight at a time: set-up, not measurement.
        await Parallel.ForEachAsync(residents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (resident, _) =>
        {
            if (!await resident.LogInAsync()) throw new InvalidOperationException($"The test login failed for resident {resident.Personnummer}.");
            await resident.OpenDraftAsync();
            await resident.PrepareApiAsync();
            // One submission each warms intake's code paths up (JIT, EF Core's query cache) before anything is measured.
            ledger.Accepted.Add(await resident.SubmitAsync() ?? throw new InvalidOperationException($"The warm-up submission of {resident.Personnummer} was refused."));
        });
        return residents;
    }
}
