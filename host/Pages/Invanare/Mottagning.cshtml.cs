using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
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
        EServices = OfferedForms(library, clinic);
        return Page();
    }

    public static IReadOnlyList<CompiledForm> OfferedForms(DefinitionLibrary library, Clinic clinic) =>
        [.. clinic.Offers.Select(o => library.Current(o.EService))
            .OfType<CompiledForm>()
            .Where(f => f.Definition.Flow == FlowType.ResidentInitiated)
            .OrderBy(f => f.Title.In("sv"), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))];
}
