namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>The shared rule of the timer activities: a moment not in the future continues at once.</summary>
internal static class TimerBookmark
{
    public static ActivityResult WaitUntil(string name, DateTimeOffset at, ActivityContext context) =>
        at <= context.Now ? ActivityResult.DoneResult : ActivityResult.Suspend(new BookmarkRequest(name, ResumeAt: at));
}
