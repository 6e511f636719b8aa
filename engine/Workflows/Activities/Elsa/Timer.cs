namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>
/// Elsa's recurring timer, reduced to what a flowchart step needs: it fires once, one interval after it is
/// reached, and then continues on Done. (Recurring triggers that start new instances are the host's job.)
/// </summary>
[Activity("Elsa.Timer", Pure = true, Category = "Scheduling", Description = "Waits one interval, then continues.")]
[Outcomes(ActivityResult.Done)]
public sealed class Timer : IResumableActivity
{
    public const string BookmarkName = "Elsa.Timer";

    [Input(Description = "The interval, e.g. 01:00:00.")]
    public TimeSpan Interval { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(TimerBookmark.WaitUntil(BookmarkName, context.Now + Interval, context));

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Runtime.Bookmark bookmark, System.Text.Json.Nodes.JsonNode? input) =>
        ValueTask.FromResult(ActivityResult.DoneResult);
}
