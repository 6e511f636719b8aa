namespace FormEngine.Workflows.Activities;

/// <summary>
/// A workflow step. One class, one file: metadata in <see cref="ActivityAttribute"/>, typed inputs as
/// <see cref="InputAttribute"/> properties (set by the runtime before each run), services through the
/// constructor, outcomes as constants, and a result returned from <see cref="ExecuteAsync"/>.
/// A new instance is created for every execution, so fields never leak between runs.
/// </summary>
public interface IActivity
{
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);
}

/// <summary>An activity that suspends on a bookmark and is resumed later with input (a staff decision, a reply, a timer).</summary>
public interface IResumableActivity : IActivity
{
    /// <param name="bookmark">The bookmark being resumed; exactly one resume ever reaches this for it.</param>
    /// <param name="input">What the resume carried (a decision, a reply), or null for a timer.</param>
    ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Runtime.Bookmark bookmark, System.Text.Json.Nodes.JsonNode? input);
}
