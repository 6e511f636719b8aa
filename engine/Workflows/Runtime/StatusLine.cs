namespace FormEngine.Workflows.Runtime;

/// <summary>
/// The one-line summary the CLI prints last and the scenario tests compare: <c>status: Finished</c>,
/// <c>status: Suspended (Elsa.Event, Elsa.Delay)</c> or <c>status: Faulted (message)</c>.
/// </summary>
public static class StatusLine
{
    public static string Of(WorkflowInstance instance)
    {
        var state = WorkflowState.FromJson(instance.State);
        return instance.SubStatus switch
        {
            WorkflowSubStatus.Faulted => $"status: Faulted ({instance.Incidents.LastOrDefault()?.Message})",
            WorkflowSubStatus.Suspended => $"status: Suspended ({string.Join(", ", state.Bookmarks.Select(b => b.Name))})",
            _ => $"status: {instance.SubStatus}",
        };
    }
}
