namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// One entry of a resident's care record as Journalen shows it: a note (anteckning) or a lab result (provsvar),
/// written at a care unit on a date. The demo stand-in for the region's journal systems (seeded, never edited by
/// the portal).
/// </summary>
public sealed class CareRecordEntry
{
    public long Id { get; set; }
    public required string ResidentPersonnummer { get; set; }
    /// <summary><see cref="CareRecordKinds"/>: note or lab.</summary>
    public required string Kind { get; set; }
    /// <summary>The catalogue key of the clinic (vårdenhet) that wrote it.</summary>
    public required string ClinicKey { get; set; }
    public required DateOnly RecordedOn { get; set; }
    /// <summary>The note's heading (e.g. "Besöksanteckning") or the analysis (e.g. "Hb").</summary>
    public required string Title { get; set; }
    /// <summary>The note's text, or the result with its unit and reference interval.</summary>
    public required string Text { get; set; }
    /// <summary>Who wrote it, as a profession ("Läkare", "Sjuksköterska"), for the resident's orientation.</summary>
    public required string Author { get; set; }
}

public static class CareRecordKinds
{
    public const string Note = "note";
    public const string Lab = "lab";
}
