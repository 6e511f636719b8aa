using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Runtime;

/// <summary>How a start, resume, retry or stimulus ended for the caller.</summary>
public enum ResumeOutcome
{
    /// <summary>The instance ran (it may now be finished, suspended again or faulted: see the instance).</summary>
    Resumed,
    /// <summary>No such bookmark any more: it was resumed already (or never existed). Nothing ran.</summary>
    AlreadyResumed,
    /// <summary>Another runtime changed the instance first; this run's work was not committed.</summary>
    Conflict,
    /// <summary>No bookmark matched the stimulus; it is kept and delivered when one appears.</summary>
    Queued,
    /// <summary>The instance is finished, cancelled or faulted; nothing ran.</summary>
    InstanceNotRunning,
    /// <summary>The instance is executing elsewhere right now; try again (timers do, by their claim expiring).</summary>
    Busy,
}

/// <summary>The instance after a run, as committed, with its state opened up for the caller.</summary>
public sealed record WorkflowRunResult(WorkflowInstance? Instance, ResumeOutcome Outcome)
{
    public WorkflowStatus? Status => Instance?.Status;
    public WorkflowSubStatus? SubStatus => Instance?.SubStatus;
    public WorkflowState State => Instance is null ? new WorkflowState() : WorkflowState.FromJson(Instance.State);
    public IReadOnlyList<Bookmark> Bookmarks => State.Bookmarks;
    public JsonObject Outputs => State.Outputs;
    public JsonObject Variables => State.Variables;
    public IReadOnlyList<Incident> Incidents => Instance?.Incidents ?? [];

    public static WorkflowRunResult Nothing(ResumeOutcome outcome, WorkflowInstance? instance = null) => new(instance, outcome);
}

/// <summary>The result of a stimulus: resumed runs, or queued for a bookmark that does not exist yet.</summary>
public sealed record StimulusResult(ResumeOutcome Outcome, IReadOnlyList<WorkflowRunResult> Runs);
