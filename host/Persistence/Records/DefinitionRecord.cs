namespace FormEngine.Persistence.Records;

/// <summary>A published workflow definition version; never changed once written, so instances stay pinned to it.</summary>
public sealed class DefinitionRecord
{
    public required string DefinitionId { get; set; }
    public required int Version { get; set; }
    public required string Json { get; set; }
    public required string ContentHash { get; set; }
    public required DateTimeOffset PublishedAt { get; set; }
}
