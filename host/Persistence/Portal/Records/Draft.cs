namespace FormEngine.Persistence.Portal.Records;

/// <summary>A half-filled form the resident can come back to. Answers are JSON; they are never logged.</summary>
public sealed class Draft
{
    public required string Id { get; set; }
    /// <summary>Who is filling it in (the logged-in resident).</summary>
    public required string ResidentPersonnummer { get; set; }
    /// <summary>Whom the case will be about (the resident, or a child they act for as ombud).</summary>
    public required string SubjectPersonnummer { get; set; }
    public required string ClinicKey { get; set; }
    public required string FormKey { get; set; }
    public required int FormVersion { get; set; }
    public required string Answers { get; set; }
    public int Page { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
}
