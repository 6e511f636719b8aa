using FormEngine.Definitions;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>"Fortsätt med utkast": the resident's half-filled forms, to resume or delete.</summary>
public sealed class UtkastModel(DraftStore drafts, DefinitionLibrary library) : ResidentPageModel
{
    /// <param name="IsReply">A reply in an invånarärende template's form: its draft id is the case's (<see cref="FormReplies.DraftId"/>).</param>
    public sealed record Row(Draft Draft, string Title, string ClinicName, bool IsReply);

    public IReadOnlyList<Row> Drafts { get; private set; } = [];
    public bool Deleted { get; private set; }

    public async Task OnGetAsync(bool borttaget, CancellationToken cancellationToken)
    {
        Deleted = borttaget;
        Drafts = [.. (await drafts.ListAsync(Personnummer, cancellationToken)).Select(d =>
        {
            var form = library.Form(d.FormKey, d.FormVersion) ?? library.Current(d.FormKey);
            return new Row(d, form?.Title.In("sv") ?? d.FormKey, library.Catalog.FindClinic(d.ClinicKey)?.Name ?? d.ClinicKey,
                form?.Definition.Flow == FlowType.StaffInitiated);
        })];
    }

    public async Task<IActionResult> OnPostDeleteAsync(string draftId, CancellationToken cancellationToken)
    {
        await drafts.DeleteAsync(Personnummer, draftId, cancellationToken);
        return Redirect(ResidentUrls.Drafts + "?borttaget=true");
    }
}
