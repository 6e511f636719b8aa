using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Persistence.Records;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence;

/// <summary>Between the engine's runtime types and the rows; JSON columns keep letters like å, ä, ö readable.</summary>
internal static class RecordMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static InstanceRecord ToRecord(WorkflowInstance instance, long revision) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        Status = instance.Status,
        SubStatus = instance.SubStatus,
        CorrelationId = instance.CorrelationId,
        Name = instance.Name,
        Revision = revision,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        State = instance.State.ToJsonString(Json),
        Incidents = JsonSerializer.Serialize(instance.Incidents, Json),
    };

    public static WorkflowInstance ToInstance(InstanceRecord record)
    {
        var instance = new WorkflowInstance
        {
            Id = record.Id,
            DefinitionId = record.DefinitionId,
            DefinitionVersion = record.DefinitionVersion,
            Status = record.Status,
            SubStatus = record.SubStatus,
            CorrelationId = record.CorrelationId,
            Name = record.Name,
            Revision = record.Revision,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
            State = JsonNode.Parse(record.State)?.AsObject() ?? [],
        };
        instance.Incidents.AddRange(JsonSerializer.Deserialize<List<Incident>>(record.Incidents, Json) ?? []);
        return instance;
    }

    public static BookmarkRecord ToRecord(Bookmark bookmark) => new()
    {
        Id = bookmark.Id,
        InstanceId = bookmark.InstanceId,
        ActivityId = bookmark.ActivityId,
        Name = bookmark.Name,
        Hash = bookmark.Hash,
        CorrelationId = bookmark.CorrelationId,
        ResumeAt = bookmark.ResumeAt,
        Payload = bookmark.Payload?.ToJsonString(Json),
        CreatedAt = bookmark.CreatedAt,
    };

    public static Bookmark ToBookmark(BookmarkRecord record) => new(
        record.Id, record.InstanceId, record.ActivityId, record.Name, record.Hash, record.CorrelationId,
        record.ResumeAt, record.Payload is null ? null : JsonNode.Parse(record.Payload), record.CreatedAt);

    public static DefinitionRecord ToRecord(StoredDefinition definition) => new()
    {
        DefinitionId = definition.DefinitionId,
        Version = definition.Version,
        Json = definition.Json,
        ContentHash = definition.ContentHash,
        PublishedAt = definition.PublishedAt,
    };

    public static StoredDefinition ToDefinition(DefinitionRecord record) =>
        new(record.DefinitionId, record.Version, record.Json, record.ContentHash, record.PublishedAt);

    public static QueuedStimulusRecord ToRecord(QueuedStimulus stimulus) => new()
    {
        Id = stimulus.Id,
        Name = stimulus.Name,
        Hash = stimulus.Hash,
        CorrelationId = stimulus.CorrelationId,
        InputJson = stimulus.InputJson,
        ReceivedAt = stimulus.ReceivedAt,
    };

    public static QueuedStimulus ToStimulus(QueuedStimulusRecord record) =>
        new(record.Id, record.Name, record.Hash, record.CorrelationId, record.InputJson, record.ReceivedAt);
}
