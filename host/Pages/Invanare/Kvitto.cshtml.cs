using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>The receipt after a submission; only shown for a stored case, so it is proof that nothing is lost.</summary>
public sealed class KvittoModel(ResidentInbox inbox, DefinitionLibrary library) : ResidentPageModel
{
    public CaseRecord Case { get; private set; } = null!;
    public string ClinicName { get; private set; } = "";
    /// <summary>The e-service's title in the resident's language (<see cref="ContentLanguage"/>); the case keeps the Swedish one.</summary>
    public string Title { get; private set; } = "";
    public string Language { get; private set; } = ContentLanguage.Swedish;

    public async Task<IActionResult> OnGetAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await inbox.FindAsync(Personnummer, caseId, cancellationToken) is not { } record) return NotFound();
        Case = record;
        ClinicName = library.Catalog.FindClinic(record.ClinicKey)?.Name ?? record.ClinicKey;
        Title = record.Title;
        if (library.Form(record.FormKey, record.FormVersion) is { } form)
        {
            Language = ContentLanguage.For(HttpContext, form);
            if (Language != ContentLanguage.Swedish) Title = form.Title.In(Language);
        }
        return Page();
    }
}
