namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Continues instances whose runtime died mid-run (left Executing). Only those not touched since
/// <c>olderThan</c>: a live runtime commits after every activity, so a recent update means someone still
/// runs it. Continuing from the last commit re-runs at most the one activity that was in flight.
/// </summary>
internal sealed class RecoveryService(Persistence.IWorkflowStore store, DefinitionCache definitions, WorkflowRunner runner)
{
    public async Task<IReadOnlyList<WorkflowRunResult>> RecoverAsync(DateTimeOffset olderThan, int max, FollowUps followUps, CancellationToken cancellationToken)
    {
        var runs = new List<WorkflowRunResult>();
        foreach (var found in await store.FindInterruptedAsync(max, cancellationToken))
        {
            if (found.UpdatedAt > olderThan) continue;
            var instance = found.Clone();
            var state = WorkflowState.FromJson(instance.State);
            var plan = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, cancellationToken);
            instance.SubStatus = WorkflowSubStatus.Executing;
            try
            {
                // The claim: of two runtimes recovering at once, one commits this and the other stops here.
                await runner.CommitAsync(instance, state, false, null, [], followUps, cancellationToken);
            }
            catch (Persistence.WorkflowConflictException)
            {
                continue;
            }
            runs.Add(await runner.RunAsync(instance, state, plan, followUps, cancellationToken));
        }
        return runs;
    }
}
