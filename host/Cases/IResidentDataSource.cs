using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>
/// External lists filled per resident (such as <c>clinic_prescriptions</c>): in a real region they come from other
/// systems (the prescription register); <see cref="HealthData.RegisterResidentDataSource"/> reads them through the
/// registers' interfaces, <see cref="Listing.VardcentralChoices"/> from the catalogue. Several sources may be
/// registered (<c>TryAddEnumerable</c>); <see cref="ResidentFormContexts"/> merges what each of them fills.
/// </summary>
public interface IResidentDataSource
{
    /// <summary>The external lists of <paramref name="form"/> this source fills, by list name; empty for forms it does not serve.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>> ListsForAsync(
        string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default);
}
