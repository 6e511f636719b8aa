using FormEngine.Host.Definitions;
using FormEngine.Host.Programs;

namespace FormEngine.Host.Pages.Invanare.Behandling;

/// <summary>Stöd och behandling: the programs a behandlare has given the resident (or the child they act for).</summary>
public sealed class StodOchBehandlingModel(ResidentPrograms programs, DefinitionLibrary definitions) : ResidentPageModel
{
    public IReadOnlyList<ProgramProgress> Programs { get; private set; } = [];

    public string ClinicName(string key) => definitions.Catalog.FindClinic(key)?.Name ?? key;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        Programs = await programs.ListAsync(Personnummer, cancellationToken);
    }
}
