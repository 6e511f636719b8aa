using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.EServices;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// A clinic and the e-services it offers this resident (its catalogue offers to them whose form is current and
/// resident-initiated); one the resident may not use (the form's eligibility) is listed with its reason, unlinked.
/// </summary>
public sealed class MottagningModel(DefinitionLibrary library, EServiceAccess access) : ResidentPageModel
{
    public Clinic Clinic { get; private set; } = null!;
    public IReadOnlyList<CompiledForm> EServices { get; private set; } = [];
    /// <summary>Why the resident (or the child a guardian acts for) may not use an e-service, by form key.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Refusals { get; private set; } = new Dictionary<string, LocalizedText>();

    public async Task<IActionResult> OnGetAsync(string clinicKey, CancellationToken cancellationToken)
    {
        if (library.Catalog.FindClinic(clinicKey) is not { } clinic) return NotFound();
        Clinic = clinic;
        EServices = ResidentClinics.OfferedForms(library, clinic, Personnummer);
        Refusals = await access.RefusalsAsync(Personnummer, clinic, EServices, cancellationToken);
        return Page();
    }
}
