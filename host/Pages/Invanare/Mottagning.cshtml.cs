using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>A clinic and the e-services it offers (its catalogue offers whose form is current and resident-initiated).</summary>
public sealed class MottagningModel(DefinitionLibrary library) : ResidentPageModel
{
    public Clinic Clinic { get; private set; } = null!;
    public IReadOnlyList<CompiledForm> EServices { get; private set; } = [];

    public IActionResult OnGet(string clinicKey)
    {
        if (library.Catalog.FindClinic(clinicKey) is not { } clinic) return NotFound();
        Clinic = clinic;
        EServices = ResidentClinics.OfferedForms(library, clinic);
        return Page();
    }
}
