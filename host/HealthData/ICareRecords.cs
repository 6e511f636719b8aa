namespace FormEngine.Host.HealthData;

/// <summary>A note or a lab result of the resident's care record, as Journalen shows it.</summary>
public sealed record CareRecordItem(bool IsLabResult, string ClinicKey, DateOnly Date, string Title, string Text, string Author);

/// <summary>
/// The region's care records (the journal systems behind Journalen via nätet). Read-only. Whether the reader may
/// see them is <see cref="JournalAccessRule"/>'s decision, made before asking.
/// </summary>
public interface ICareRecords
{
    /// <summary>The resident's notes and lab results, newest first.</summary>
    Task<IReadOnlyList<CareRecordItem>> ForResidentAsync(string personnummer, CancellationToken cancellationToken = default);
}
