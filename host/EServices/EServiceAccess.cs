using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Submissions;

namespace FormEngine.Host.EServices;

/// <summary>
/// Who may use an e-service, beyond the clinic offering it: the form's own eligibility (e.g. 16 or older),
/// decided on the context of the person the case is for (the child when a guardian acts as ombud). The clinic
/// page, the form page and the intake ask the same question, so a refused resident can neither start nor send.
/// Whether an offer is for named residents only is the catalogue's (<see cref="Clinic.IsOffering(string, string)"/>).
/// </summary>
public sealed class EServiceAccess(ResidentFormContexts contexts)
{
    /// <summary>The form's message to a resident who may not use it, or null when they may.</summary>
    public async Task<LocalizedText?> RefusalAsync(string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default) =>
        form.Eligibility is null ? null
            : Eligibility.RefusalFor(form, contexts.WithoutResidentLists(clinic, form, await contexts.ResidentAsync(personnummer, cancellationToken)));

    /// <summary>The refusals among <paramref name="forms"/>, by form key; forms the resident may use are absent.</summary>
    public async Task<IReadOnlyDictionary<string, LocalizedText>> RefusalsAsync(string personnummer, Clinic clinic,
        IEnumerable<CompiledForm> forms, CancellationToken cancellationToken = default)
    {
        var refusals = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        var limited = forms.Where(f => f.Eligibility is not null).ToList();
        if (limited.Count == 0) return refusals;
        // One read of the resident for the whole clinic page.
        var resident = await contexts.ResidentAsync(personnummer, cancellationToken);
        foreach (var form in limited)
            if (Eligibility.RefusalFor(form, contexts.WithoutResidentLists(clinic, form, resident)) is { } message)
                refusals[form.Key] = message;
        return refusals;
    }
}
