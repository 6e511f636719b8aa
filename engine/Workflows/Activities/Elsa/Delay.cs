namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Waits for a while on a durable timer bookmark; survives restarts, fires once.</summary>
[Activity("Elsa.Delay", Pure = true, Category = "Scheduling", Description = "Waits for a time span.")]
[Outcomes(ActivityResult.Done)]
public sealed class Delay : IResumableActivity
{
    public const string BookmarkName = "Elsa.Delay";

    [Input(Description = "How long to wait, e.g. 00:00:05.")]
    public TimeSpan TimeSpan { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(TimerBookmark.WaitUntil(BookmarkName, context.Now + TimeSpan, context));

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Runtime.Bookmark bookmark, System.Text.Json.Nodes.JsonNode? input) =>
        ValueTask.FromResult(ActivityResult.DoneResult);
}
