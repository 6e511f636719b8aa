using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Resumes the <c>Elsa.Event</c> activities waiting for this name and correlation id (the instance's own by default).</summary>
[Activity("Elsa.PublishEvent", Pure = true, Category = "Events", Description = "Publishes a named event.")]
[Outcomes(ActivityResult.Done)]
public sealed class PublishEvent(IEventPublisher publisher) : IActivity
{
    [Input(Description = "The event's name.")]
    public string EventName { get; set; } = "";

    [Input(Description = "Whose events: a correlation id; empty means this instance's.")]
    public string? CorrelationId { get; set; }

    [Input(Description = "Data handed to the waiting activities.")]
    public JsonNode? Payload { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (EventName.Length == 0) return ValueTask.FromResult(ActivityResult.Fault("InvalidInput", "PublishEvent has no event name."));
        publisher.Publish(EventName, string.IsNullOrEmpty(CorrelationId) ? context.CorrelationId : CorrelationId, Payload?.DeepClone());
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
