using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Personal.Invanararende;

/// <summary>/personal/invanararende: the navigation's entry; a new invånarärende is what there is to do here.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(StaffUrls.NewResidentCase);
}
