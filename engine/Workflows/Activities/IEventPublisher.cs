using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities;

/// <summary>
/// Publishes a named event to the <c>Elsa.Event</c> activities waiting for it (same name and correlation id).
/// The runtime delivers it after the publishing run has committed, so a publish is never seen by others
/// before the publisher's own progress is durable.
/// </summary>
public interface IEventPublisher
{
    void Publish(string eventName, string? correlationId, JsonNode? payload);
}
