using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.HealthData;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Journalen: the notes and lab results of the resident's care record, within <see cref="JournalAccessRule"/>
/// (own from 16; an ombud until the child turns 13; nothing in between, with the reason).
/// </summary>
public sealed class JournalenModel(ICareRecords records, JournalAccessRule rule, AccessLog accessLog, DefinitionLibrary library, TimeProvider clock)
    : HealthDataPageModel(accessLog, library, clock)
{
    public const string Viewed = "Journalen: anteckningar och provsvar";

    public JournalAccess Access { get; private set; }
    public IReadOnlyList<CareRecordItem> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NoStore();
        Access = rule.Decide(Personnummer, OmbudPersonnummer is not null);
        if (Access != JournalAccess.Allowed) return;
        Entries = await records.ForResidentAsync(Personnummer, cancellationToken);
        await LogReadAsync(Entries.Select(e => e.ClinicKey), Viewed, cancellationToken);
    }
}
