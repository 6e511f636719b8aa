namespace FormEngine.Workflows.Runtime;

/// <summary>
/// What a person can do with a faulted instance: retry the faulted activity (after fixing its cause) or
/// cancel the instance. The incidents stay on the instance as its history.
/// </summary>
internal sealed class IncidentService(Persistence.IWorkflowStore store, DefinitionCache definitions, WorkflowRunner runner)
{
    public async Task<WorkflowRunResult> RetryAsync(string instanceId, FollowUps followUps, CancellationToken cancellationToken)
    {
        if (await store.FindInstanceAsync(instanceId, cancellationToken) is not { } instance) return WorkflowRunResult.Nothing(ResumeOutcome.AlreadyResumed);
        var state = WorkflowState.FromJson(instance.State);
        if (instance.SubStatus != WorkflowSubStatus.Faulted || state.Faulted is not { } faulted)
            return WorkflowRunResult.Nothing(ResumeOutcome.InstanceNotRunning, instance);
        state.Queue.Insert(0, faulted);
        state.Faulted = null;
        instance.Status = WorkflowStatus.Running;
        instance.SubStatus = WorkflowSubStatus.Executing;
        var plan = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
        try
        {
            await runner.CommitAsync(instance, state, false, null, [], followUps, cancellationToken);
        }
        catch (Persistence.WorkflowConflictException)
        {
            return WorkflowRunResult.Nothing(ResumeOutcome.Conflict);
        }
        return await runner.RunAsync(instance, state, plan, followUps, cancellationToken);
    }

    public async Task<WorkflowRunResult> CancelAsync(string instanceId, FollowUps followUps, CancellationToken cancellationToken)
    {
        if (await store.FindInstanceAsync(instanceId, cancellationToken) is not { } instance) return WorkflowRunResult.Nothing(ResumeOutcome.AlreadyResumed);
        if (instance.Status == WorkflowStatus.Finished && instance.SubStatus != WorkflowSubStatus.Faulted)
            return WorkflowRunResult.Nothing(ResumeOutcome.InstanceNotRunning, instance);
        var state = WorkflowState.FromJson(instance.State);
        state.Queue.Clear();
        state.Bookmarks.Clear();
        state.Scopes.Clear();
        state.Faulted = null;
        instance.Status = WorkflowStatus.Finished;
        instance.SubStatus = WorkflowSubStatus.Cancelled;
        try
        {
            await runner.CommitAsync(instance, state, false, null, [], followUps, cancellationToken);
        }
        catch (Persistence.WorkflowConflictException)
        {
            return WorkflowRunResult.Nothing(ResumeOutcome.Conflict);
        }
        return new WorkflowRunResult(instance.Clone(), ResumeOutcome.Resumed);
    }
}
