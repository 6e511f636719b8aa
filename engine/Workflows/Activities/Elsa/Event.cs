using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>
/// Waits for a named event with the instance's correlation id (stimulus <c>{eventName}</c>). The event's payload
/// goes to the <c>result</c> output.
/// </summary>
[Activity("Elsa.Event", Pure = true, Category = "Events", Description = "Waits for a named event.")]
[Outcomes(ActivityResult.Done)]
public sealed class Event : IResumableActivity
{
    public const string BookmarkName = "Elsa.Event";

    [Input(Description = "The event's name.")]
    public string EventName { get; set; } = "";

    public static JsonObject Stimulus(string eventName) => new() { ["eventName"] = eventName };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkName, Stimulus(EventName), Payload: Stimulus(EventName))));

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Runtime.Bookmark bookmark, JsonNode? input)
    {
        context.SetActivityOutput("result", input?.DeepClone());
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
