using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// One run of a workflow definition, pinned forever to the definition version it started with. Everything the
/// runtime needs to continue (scheduler state, variables, inputs, outputs, incidents) is in <see cref="State"/>,
/// stored as JSON; the indexed facts are properties. <see cref="Revision"/> guards concurrent writers.
/// </summary>
public sealed class WorkflowInstance
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public WorkflowSubStatus SubStatus { get; set; } = WorkflowSubStatus.Pending;
    public string? CorrelationId { get; set; }
    public string? Name { get; set; }
    /// <summary>Incremented on every commit; a commit made from an older revision is refused.</summary>
    public long Revision { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Scheduler state, variables, inputs, outputs, incidents: the runtime's own format.</summary>
    public JsonObject State { get; set; } = new();
    public List<Incident> Incidents { get; } = [];

    public WorkflowInstance Clone()
    {
        var copy = new WorkflowInstance
        {
            Id = Id, DefinitionId = DefinitionId, DefinitionVersion = DefinitionVersion, Status = Status, SubStatus = SubStatus,
            CorrelationId = CorrelationId, Name = Name, Revision = Revision, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
            State = (JsonObject)State.DeepClone(),
        };
        copy.Incidents.AddRange(Incidents);
        return copy;
    }
}
