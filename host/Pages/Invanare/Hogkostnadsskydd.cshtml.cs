using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.HealthData;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>Högkostnadsskydd: the current 12-month period, the fees paid in it and how far it is to frikort.</summary>
public sealed class HogkostnadsskyddModel(IHighCostDatabase highCost, AccessLog accessLog, DefinitionLibrary library, TimeProvider clock)
    : HealthDataPageModel(accessLog, library, clock)
{
    public const string Viewed = "Högkostnadsskydd: period och betalningar";

    public HighCostStatus Status { get; private set; } = new(null, [], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NoStore();
        Status = await highCost.ForResidentAsync(Personnummer, Today, cancellationToken);
        await LogReadAsync(Status.Payments.Select(p => p.ClinicKey), Viewed, cancellationToken);
    }
}
