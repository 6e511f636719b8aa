using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence.Records;

/// <summary>A workflow instance row: the indexed facts as columns, the runtime's state and incidents as JSON text.</summary>
public sealed class InstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public required int DefinitionVersion { get; set; }
    public required WorkflowStatus Status { get; set; }
    public required WorkflowSubStatus SubStatus { get; set; }
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    public required long Revision { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public required string State { get; set; }
    public required string Incidents { get; set; }
}
