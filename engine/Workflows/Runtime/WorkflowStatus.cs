namespace FormEngine.Workflows.Runtime;

/// <summary>Elsa's status of an instance.</summary>
public enum WorkflowStatus
{
    Running,
    Finished,
}

/// <summary>Elsa's sub-status: where a running instance is, or how a finished one ended.</summary>
public enum WorkflowSubStatus
{
    Pending,
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}
