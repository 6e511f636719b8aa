using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>"Fortsätt med utkast": the resident's half-filled forms, to resume or delete.</summary>
public sealed class UtkastModel(DraftStore drafts, DefinitionLibrary library) : ResidentPageModel
{
    public sealed record Row(Draft Draft, string Title, string ClinicName);

    public IReadOnlyList<Row> Drafts { get; private set; } = [];
    public bool Deleted { get; private set; }

    public async Task OnGetAsync(bool borttaget, CancellationToken cancellationToken)
    {
        Deleted = borttaget;
        Drafts = [.. (await drafts.ListAsync(Personnummer, cancellationToken)).Select(d => new Row(d,
            (library.Form(d.FormKey, d.FormVersion) ?? library.Current(d.FormKey))?.Title.In("sv") ?? d.FormKey,
            library.Catalog.FindClinic(d.ClinicKey)?.Name ?? d.ClinicKey))];
    }

    public async Task<IActionResult> OnPostDeleteAsync(string draftId, CancellationToken cancellationToken)
    {
        await drafts.DeleteAsync(Personnummer, draftId, cancellationToken);
        return Redirect(ResidentUrls.Drafts + "?borttaget=true");
    }
}
