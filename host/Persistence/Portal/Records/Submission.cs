namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// Validated answers as stored with the form version they were made with. <see cref="IdempotencyKey"/> (from the
/// rendered form) makes a double-click or a retry return the first receipt instead of a second case.
/// </summary>
public sealed class Submission
{
    public required string Id { get; set; }
    public required string CaseId { get; set; }
    /// <summary>Null for the case's first submission; a message id for answers given in a reply.</summary>
    public string? MessageId { get; set; }
    public required string SubmittedBy { get; set; }
    public required string IdempotencyKey { get; set; }
    public required string FormKey { get; set; }
    public required int FormVersion { get; set; }
    public required string Answers { get; set; }
    public required DateTimeOffset SubmittedAt { get; set; }
}
