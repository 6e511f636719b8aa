namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Waits until a moment; a moment already past continues at once.</summary>
[Activity("Elsa.StartAt", Pure = true, Category = "Scheduling", Description = "Waits until a date and time.")]
[Outcomes(ActivityResult.Done)]
public sealed class StartAt : IResumableActivity
{
    public const string BookmarkName = "Elsa.StartAt";

    [Input(Description = "When to continue (ISO 8601).")]
    public DateTimeOffset DateTime { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(TimerBookmark.WaitUntil(BookmarkName, DateTime, context));

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Runtime.Bookmark bookmark, System.Text.Json.Nodes.JsonNode? input) =>
        ValueTask.FromResult(ActivityResult.DoneResult);
}
