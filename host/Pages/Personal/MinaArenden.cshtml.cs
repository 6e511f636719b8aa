using FormEngine.Host.Cases;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Personal;

/// <summary>"Mina ärenden": open cases distributed to the ärendehanterare, and those distributed to a group at their clinics.</summary>
public sealed class MinaArendenModel(StaffDirectory directory, CaseWorkspace workspace) : StaffPageModel(directory)
{
    [BindProperty(SupportsGet = true, Name = "klart")] public string? Done { get; set; }

    public MyCases Cases { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        Cases = await workspace.MyCasesAsync(Staff, cancellationToken);
        return Page();
    }
}
