using FormEngine.Host.Cases;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// A staff page: the signed-in staff member with the roles the database gives them now (the folder's policy has
/// already checked that this is staff; which clinics they may act at is decided here, per request).
/// </summary>
public abstract class StaffPageModel(StaffDirectory directory) : PageModel
{
    protected StaffDirectory Directory => directory;

    public StaffProfile Staff { get; private set; } = null!;

    /// <returns>False when the session's HSA-id no longer names a staff member.</returns>
    protected async Task<bool> LoadStaffAsync(CancellationToken cancellationToken)
    {
        var profile = await directory.FindAsync(User.HsaId(), cancellationToken);
        if (profile is null) return false;
        Staff = profile;
        return true;
    }
}
