namespace FormEngine.Persistence.Records;

/// <summary>A stimulus that arrived before any bookmark matched it.</summary>
public sealed class QueuedStimulusRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Hash { get; set; }
    public string? CorrelationId { get; set; }
    public string? InputJson { get; set; }
    public required DateTimeOffset ReceivedAt { get; set; }
}
