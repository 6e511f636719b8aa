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
    public async Task<LocalizedText?> RefusalAsync(string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default)
    {
        if (form.Eligibility is null) return null;
        var context = await contexts.ForAsync(personnummer, clinic, form, cancellationToken);
        return Eligibility.RefusalFor(form, context);
    }

    /// <summary>The refusals among <paramref name="forms"/>, by form key; forms the resident may use are absent.</summary>
    public async Task<IReadOnlyDictionary<string, LocalizedText>> RefusalsAsync(string personnummer, Clinic clinic,
        IEnumerable<CompiledForm> forms, CancellationToken cancellationToken = default)
    {
        var refusals = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var form in forms.Where(f => f.Eligibility is not null))
            if (await RefusalAsync(personnummer, clinic, form, cancellationToken) is { } message)
                refusals[form.Key] = message;
        return refusals;
    }
}
