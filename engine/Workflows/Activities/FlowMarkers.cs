namespace FormEngine.Workflows.Activities;

/// <summary>
/// An activity after which its flowchart is complete (<c>Elsa.End</c>); with <see cref="FinishesWorkflow"/> the
/// whole instance finishes and every bookmark is removed (<c>Elsa.Finish</c>).
/// </summary>
public interface ITerminalActivity : IActivity
{
    bool FinishesWorkflow { get; }
}

/// <summary>
/// A join node: the scheduler, not the activity, decides when it runs, by <see cref="Mode"/> (read from the
/// activity's inputs before the activity runs).
/// </summary>
public interface IJoinActivity : IActivity
{
    JoinMode Mode { get; }
}

public enum JoinMode
{
    /// <summary>Runs on the first followed inbound edge and cancels the other inbound branches.</summary>
    WaitAny,
    /// <summary>Runs when every inbound edge was followed; a dead inbound edge makes it dead too.</summary>
    WaitAll,
    /// <summary>Runs when every inbound edge was visited and at least one was followed (the implicit join).</summary>
    WaitAllActive,
}
