using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages;

/// <summary>The start page: what the service is and how to log in; for a resident, where to go next. Staff go to their workspace.</summary>
public sealed class IndexModel(DefinitionLibrary definitions) : PageModel
{
    public int ClinicCount { get; private set; }
    public int EServiceCount { get; private set; }

    public IActionResult OnGet()
    {
        if (User.IsStaff()) return LocalRedirect(Navigation.StaffClinicInbox);
        ClinicCount = definitions.Catalog.Clinics.Count;
        EServiceCount = definitions.CurrentForms.Count(f => f.Definition.Flow == FormEngine.Definitions.FlowType.ResidentInitiated);
        return Page();
    }
}
