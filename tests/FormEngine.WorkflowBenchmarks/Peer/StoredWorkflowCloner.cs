using WorkflowCore.Models;
using WorkflowCore.Services;

namespace FormEngine.WorkflowBenchmarks.Peer;

/// <summary>
/// Fills WorkflowCore's in-memory store with waiting instances in seconds instead of minutes: copies of one
/// instance that really ran to its wait, each with its own ids, case id (event key) and event subscription,
/// exactly the objects WorkflowCore would have stored for it.
/// </summary>
public static class StoredWorkflowCloner
{
    public static async Task<IReadOnlyList<string>> CloneAsync(MemoryPersistenceProvider store, string templateId, string templateKey, int count, Func<int, string> caseIdOf)
    {
        var template = await store.GetWorkflowInstance(templateId);
        var subscription = (await store.GetSubscriptions(DecisionWorkflow.EventName, templateKey, DateTime.MaxValue)).Single();
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var caseId = caseIdOf(i);
            var pointerIds = template.ExecutionPointers.ToDictionary(p => p.Id, _ => Guid.NewGuid().ToString());
            var clone = new WorkflowInstance
            {
                WorkflowDefinitionId = template.WorkflowDefinitionId,
                Version = template.Version,
                Description = template.Description,
                Reference = template.Reference,
                NextExecution = template.NextExecution,
                Status = template.Status,
                CreateTime = template.CreateTime,
                Data = new CaseData { CaseId = caseId, Status = ((CaseData)template.Data).Status },
                ExecutionPointers = new ExecutionPointerCollection(template.ExecutionPointers.Select(p => Clone(p, pointerIds, templateKey, caseId)).ToList()),
            };
            var id = await store.CreateNewWorkflow(clone);
            await store.CreateEventSubscription(new EventSubscription
            {
                WorkflowId = id,
                StepId = subscription.StepId,
                ExecutionPointerId = pointerIds[subscription.ExecutionPointerId],
                EventName = subscription.EventName,
                EventKey = caseId,
                SubscribeAsOf = subscription.SubscribeAsOf,
                SubscriptionData = subscription.SubscriptionData,
            });
            ids.Add(id);
        }
        return ids;
    }

    private static ExecutionPointer Clone(ExecutionPointer p, Dictionary<string, string> ids, string templateKey, string caseId) => new()
    {
        Id = ids[p.Id],
        StepId = p.StepId,
        Active = p.Active,
        SleepUntil = p.SleepUntil,
        PersistenceData = p.PersistenceData,
        StartTime = p.StartTime,
        EndTime = p.EndTime,
        EventName = p.EventName,
        EventKey = p.EventKey == templateKey ? caseId : p.EventKey,
        EventPublished = p.EventPublished,
        EventData = p.EventData,
        ExtensionAttributes = new Dictionary<string, object>(p.ExtensionAttributes),
        StepName = p.StepName,
        RetryCount = p.RetryCount,
        Children = [.. p.Children.Select(c => ids.GetValueOrDefault(c, c))],
        ContextItem = p.ContextItem,
        PredecessorId = p.PredecessorId is null ? null : ids.GetValueOrDefault(p.PredecessorId, p.PredecessorId),
        Outcome = p.Outcome,
        Status = p.Status,
        Scope = [.. p.Scope.Select(s => ids.GetValueOrDefault(s, s))],
    };
}
