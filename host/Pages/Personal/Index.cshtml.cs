using FormEngine.Host.Cases;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Personal;

/// <summary>/personal: ärendemottagare start in the clinic inbox, everyone else in "Mina ärenden".</summary>
public sealed class IndexModel(StaffDirectory directory) : StaffPageModel(directory)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        return Redirect(Staff.ClinicsWith(StaffRoles.Arendemottagare).Count > 0 ? StaffUrls.ClinicInbox : StaffUrls.MyCases);
    }
}
