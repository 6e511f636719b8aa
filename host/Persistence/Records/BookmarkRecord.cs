namespace FormEngine.Persistence.Records;

/// <summary>
/// A bookmark row. <see cref="ClaimedBy"/> and <see cref="ClaimedUntil"/> belong to the store alone: they let one
/// runtime among many fire a due timer, and expire so that a runtime that died does not hold it forever.
/// </summary>
public sealed class BookmarkRecord
{
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }
    public required string Name { get; set; }
    public required string Hash { get; set; }
    public string? CorrelationId { get; set; }
    public DateTimeOffset? ResumeAt { get; set; }
    public string? Payload { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
}
