namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Work a run leaves for after its commit: events its activities published, and instances whose new
/// bookmarks may match stimuli that arrived early. Drained by <see cref="WorkflowRuntime"/> iteratively,
/// so that a chain of events never recurses.
/// </summary>
internal sealed class FollowUps
{
    public Queue<PublishedEvent> Events { get; } = new();
    public Queue<string> InstancesToCheck { get; } = new();
}
