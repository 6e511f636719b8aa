using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>
/// External lists a feature supplies from the host's own data rather than the clinic's offer or the resident's
/// records (e.g. the vårdcentraler of the catalogue for vårdval). <see cref="ResidentFormContexts"/> adds every
/// registered source's lists, so the page and the intake see the same choices.
/// </summary>
public interface IFormListSource
{
    /// <summary>The external lists of <paramref name="form"/> this source fills, by list name; empty for forms it does not serve.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>> ListsForAsync(
        string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default);
}
