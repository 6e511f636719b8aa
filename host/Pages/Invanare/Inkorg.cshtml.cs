using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>Inkorg: the resident's cases, newest activity first, with unread messages marked.</summary>
public sealed class InkorgModel(ResidentInbox inbox, DraftStore drafts, DefinitionLibrary library) : ResidentPageModel
{
    public IReadOnlyList<InboxEntry> Cases { get; private set; } = [];
    public int DraftCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cases = await inbox.ListAsync(Personnummer, cancellationToken);
        DraftCount = (await drafts.ListAsync(Personnummer, cancellationToken)).Count;
    }

    public string ClinicName(string clinicKey) => library.Catalog.FindClinic(clinicKey)?.Name ?? clinicKey;
}
