using System.Collections.Concurrent;
using WorkflowCore.Interface;
using WorkflowCore.Models;
using WorkflowCore.Services;

namespace FormEngine.WorkflowBenchmarks.Peer;

/// <summary>
/// WorkflowCore's own in-memory store, watched: a workflow has reached its first wait when its event subscription
/// is stored, and is done when it is persisted Complete. WorkflowCore runs workflows on background consumers, so
/// these signals (not the return of StartWorkflow or PublishEvent) are what the benchmark waits for.
/// </summary>
public sealed class ObservedPersistence(MemoryPersistenceProvider inner) : IPersistenceProvider
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _completed = new();

    public MemoryPersistenceProvider Inner => inner;

    public Task WaitingAsync(string workflowId) => Signal(_waiting, workflowId).Task;

    public Task CompletedAsync(string workflowId) => Signal(_completed, workflowId).Task;

    /// <summary>Drops finished signals so that a long run does not keep them all.</summary>
    public void Forget(string workflowId)
    {
        _waiting.TryRemove(workflowId, out _);
        _completed.TryRemove(workflowId, out _);
    }

    private static TaskCompletionSource Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string workflowId) =>
        signals.GetOrAdd(workflowId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private void Observe(WorkflowInstance workflow)
    {
        if (workflow.Status == WorkflowStatus.Complete) Signal(_completed, workflow.Id).TrySetResult();
    }

    public async Task<string> CreateEventSubscription(EventSubscription subscription, CancellationToken cancellationToken = default)
    {
        var id = await inner.CreateEventSubscription(subscription, cancellationToken);
        Signal(_waiting, subscription.WorkflowId).TrySetResult();
        return id;
    }

    public async Task PersistWorkflow(WorkflowInstance workflow, CancellationToken cancellationToken = default)
    {
        await inner.PersistWorkflow(workflow, cancellationToken);
        Observe(workflow);
    }

    public async Task PersistWorkflow(WorkflowInstance workflow, List<EventSubscription> subscriptions, CancellationToken cancellationToken = default)
    {
        await inner.PersistWorkflow(workflow, subscriptions, cancellationToken);
        foreach (var subscription in subscriptions) Signal(_waiting, subscription.WorkflowId).TrySetResult();
        Observe(workflow);
    }

    public bool SupportsScheduledCommands => inner.SupportsScheduledCommands;
    public Task<string> CreateNewWorkflow(WorkflowInstance workflow, CancellationToken cancellationToken = default) => inner.CreateNewWorkflow(workflow, cancellationToken);
    public Task<IEnumerable<string>> GetRunnableInstances(DateTime asAt, CancellationToken cancellationToken = default) => inner.GetRunnableInstances(asAt, cancellationToken);
    public Task<WorkflowInstance> GetWorkflowInstance(string Id, CancellationToken cancellationToken = default) => inner.GetWorkflowInstance(Id, cancellationToken);
    public Task<IEnumerable<WorkflowInstance>> GetWorkflowInstances(IEnumerable<string> ids, CancellationToken cancellationToken = default) => inner.GetWorkflowInstances(ids, cancellationToken);
    public Task<IEnumerable<WorkflowInstance>> GetWorkflowInstances(WorkflowStatus? status, string type, DateTime? createdFrom, DateTime? createdTo, int skip, int take) =>
        inner.GetWorkflowInstances(status, type, createdFrom, createdTo, skip, take);
    public Task<IEnumerable<EventSubscription>> GetSubscriptions(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default) => inner.GetSubscriptions(eventName, eventKey, asOf, cancellationToken);
    public Task TerminateSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default) => inner.TerminateSubscription(eventSubscriptionId, cancellationToken);
    public Task<EventSubscription> GetSubscription(string eventSubscriptionId, CancellationToken cancellationToken = default) => inner.GetSubscription(eventSubscriptionId, cancellationToken);
    public Task<EventSubscription> GetFirstOpenSubscription(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default) => inner.GetFirstOpenSubscription(eventName, eventKey, asOf, cancellationToken);
    public Task<bool> SetSubscriptionToken(string eventSubscriptionId, string token, string workerId, DateTime expiry, CancellationToken cancellationToken = default) => inner.SetSubscriptionToken(eventSubscriptionId, token, workerId, expiry, cancellationToken);
    public Task ClearSubscriptionToken(string eventSubscriptionId, string token, CancellationToken cancellationToken = default) => inner.ClearSubscriptionToken(eventSubscriptionId, token, cancellationToken);
    public Task<string> CreateEvent(Event newEvent, CancellationToken cancellationToken = default) => inner.CreateEvent(newEvent, cancellationToken);
    public Task<Event> GetEvent(string id, CancellationToken cancellationToken = default) => inner.GetEvent(id, cancellationToken);
    public Task<IEnumerable<string>> GetRunnableEvents(DateTime asAt, CancellationToken cancellationToken = default) => inner.GetRunnableEvents(asAt, cancellationToken);
    public Task<IEnumerable<string>> GetEvents(string eventName, string eventKey, DateTime asOf, CancellationToken cancellationToken = default) => inner.GetEvents(eventName, eventKey, asOf, cancellationToken);
    public Task MarkEventProcessed(string id, CancellationToken cancellationToken = default) => inner.MarkEventProcessed(id, cancellationToken);
    public Task MarkEventUnprocessed(string id, CancellationToken cancellationToken = default) => inner.MarkEventUnprocessed(id, cancellationToken);
    public Task PersistErrors(IEnumerable<ExecutionError> errors, CancellationToken cancellationToken = default) => inner.PersistErrors(errors, cancellationToken);
    public Task ScheduleCommand(ScheduledCommand command) => inner.ScheduleCommand(command);
    public Task ProcessCommands(DateTimeOffset asOf, Func<ScheduledCommand, Task> action, CancellationToken cancellationToken = default) => inner.ProcessCommands(asOf, action, cancellationToken);
    public void EnsureStoreExists() => inner.EnsureStoreExists();
}
