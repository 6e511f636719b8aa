using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages;

/// <summary>
/// The start page: what the service is and how to log in; for a resident, where to go next (clinics, the inbox
/// with its unread count, drafts to continue). Staff go to their workspace.
/// </summary>
public sealed class IndexModel(DefinitionLibrary definitions, ResidentInbox inbox, DraftStore drafts) : PageModel
{
    public int ClinicCount { get; private set; }
    public int EServiceCount { get; private set; }
    public int UnreadCount { get; private set; }
    public int DraftCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.IsStaff()) return LocalRedirect(Navigation.StaffStart);
        if (User.Personnummer() is { } personnummer)
        {
            UnreadCount = await inbox.UnreadCountAsync(personnummer, cancellationToken);
            DraftCount = (await drafts.ListAsync(personnummer, cancellationToken)).Count;
            return Page();
        }
        ClinicCount = definitions.Catalog.Clinics.Count;
        EServiceCount = definitions.CurrentForms.Count(f => f.Definition.Flow == FormEngine.Definitions.FlowType.ResidentInitiated);
        return Page();
    }

    /// <summary>"1 oläst ärende", "3 olästa ärenden": the count is of cases with a message not yet read.</summary>
    public static string UnreadText(int count) => count == 1 ? "1 oläst ärende" : $"{count} olästa ärenden";

    public static string DraftText(int count) => count == 1 ? "Du har 1 sparat utkast." : $"Du har {count} sparade utkast.";
}
