using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities;

/// <summary>What an activity's run ended in. Activities return one; they never poke the scheduler.</summary>
public abstract record ActivityResult
{
    public const string Done = "Done";

    /// <summary>Completed with these outcomes: the flowchart follows the connections from these ports.</summary>
    public sealed record Completed(IReadOnlyList<string> Outcomes) : ActivityResult;

    /// <summary>Waits: the instance suspends until one of the bookmarks is resumed (the others are then removed).</summary>
    public sealed record Suspended(IReadOnlyList<BookmarkRequest> Bookmarks) : ActivityResult;

    /// <summary>Failed: becomes an incident on the instance (activity id, code, full exception), which is Faulted and can be retried.</summary>
    public sealed record Faulted(string Code, string Message, Exception? Exception = null) : ActivityResult;

    public static ActivityResult Outcome(params string[] outcomes) => new Completed(outcomes.Length == 0 ? [Done] : outcomes);

    public static readonly ActivityResult DoneResult = new Completed([Done]);

    public static ActivityResult Suspend(params BookmarkRequest[] bookmarks) => new Suspended(bookmarks);

    public static ActivityResult Fault(string code, string message, Exception? exception = null) => new Faulted(code, message, exception);
}

/// <summary>
/// A request to wait. <see cref="Name"/> is the stimulus kind (e.g. <c>FormEngine.AwaitStaffDecision</c>);
/// <see cref="Stimulus"/> the JSON that identifies what resumes it (hashed with the name, for lookup by index);
/// <see cref="ResumeAt"/> makes it a durable timer; <see cref="Payload"/> is kept for the resumer (e.g. the
/// decisions a staff member may take).
/// </summary>
public sealed record BookmarkRequest(string Name, JsonNode? Stimulus = null, DateTimeOffset? ResumeAt = null, JsonNode? Payload = null);
