using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Expressions;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// The workflow runtime's entry point: start, resume (by bookmark or stimulus), timers, retry, cancel and
/// recovery. Stateless apart from caches: any number of runtimes may share one store, and a new runtime
/// continues whatever an old one committed. Each concern lives in its own class; this one wires them and
/// delivers the follow-ups of every run (published events, early stimuli).
/// </summary>
public sealed class WorkflowRuntime
{
    private readonly DefinitionCache _definitions;
    private readonly WorkflowStarter _starter;
    private readonly WorkflowResumer _resumer;
    private readonly StimulusDispatcher _stimuli;
    private readonly TimerDispatcher _timers;
    private readonly IncidentService _incidents;
    private readonly RecoveryService _recovery;
    private readonly WorkflowRuntimeOptions _options;
    private readonly IWorkflowStore _store;

    public WorkflowRuntime(IWorkflowStore store, ActivityRegistry registry, IServiceProvider services, TimeProvider? time = null, WorkflowRuntimeOptions? options = null)
    {
        time ??= TimeProvider.System;
        _store = store;
        _options = options ?? new WorkflowRuntimeOptions();
        var evaluator = new ExpressionEvaluator(_options.ExpressionLimits);
        var executor = new WorkflowExecutor(new ActivityInvoker(registry, evaluator, new InputBinder(evaluator)), evaluator, services, time);
        var runner = new WorkflowRunner(store, executor, time);
        _definitions = new DefinitionCache(store, time);
        _starter = new WorkflowStarter(runner, time);
        _resumer = new WorkflowResumer(store, _definitions, runner);
        _stimuli = new StimulusDispatcher(store, _resumer, time);
        _timers = new TimerDispatcher(store, _resumer, _options.Owner, _options.TimerClaim);
        _incidents = new IncidentService(store, _definitions, runner);
        _recovery = new RecoveryService(store, _definitions, runner);
    }

    /// <summary>Stores the definition version (if new) and starts an instance pinned to it.</summary>
    public Task<WorkflowRunResult> StartAsync(WorkflowDefinition definition, JsonObject? inputs = null, string? correlationId = null, CancellationToken cancellationToken = default) =>
        WithFollowUps(async f => await _starter.StartAsync(await _definitions.PublishAsync(definition, cancellationToken), inputs, correlationId, f, cancellationToken), cancellationToken);

    /// <summary>Starts an instance of the latest stored version of a definition.</summary>
    public Task<WorkflowRunResult> StartAsync(string definitionId, JsonObject? inputs = null, string? correlationId = null, CancellationToken cancellationToken = default) =>
        WithFollowUps(async f => await _starter.StartAsync(await _definitions.GetLatestAsync(definitionId, cancellationToken), inputs, correlationId, f, cancellationToken), cancellationToken);

    /// <summary>Stores a definition version without starting anything (publishing).</summary>
    public Task PublishAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default) => _definitions.PublishAsync(definition, cancellationToken);

    public Task<WorkflowRunResult> ResumeAsync(string bookmarkId, JsonNode? input = null, CancellationToken cancellationToken = default) =>
        WithFollowUps(f => _resumer.ResumeAsync(bookmarkId, input, [], f, cancellationToken), cancellationToken);

    /// <summary>Resumes every bookmark waiting for this stimulus and correlation id; queues it when none waits yet.</summary>
    public Task<StimulusResult> ResumeByStimulusAsync(string name, JsonNode? stimulus, string? correlationId, JsonNode? input = null, CancellationToken cancellationToken = default) =>
        WithFollowUps(f => _stimuli.DispatchAsync(name, stimulus, correlationId, input, f, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<WorkflowRunResult>> RunDueTimersAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        WithFollowUps(f => _timers.RunDueAsync(now, _options.TimerBatch, f, cancellationToken), cancellationToken);

    public Task<WorkflowRunResult> RetryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        WithFollowUps(f => _incidents.RetryAsync(instanceId, f, cancellationToken), cancellationToken);

    public Task<WorkflowRunResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default) =>
        WithFollowUps(f => _incidents.CancelAsync(instanceId, f, cancellationToken), cancellationToken);

    /// <summary>Continues instances left Executing by a runtime that died, untouched since <paramref name="olderThan"/>.</summary>
    public Task<IReadOnlyList<WorkflowRunResult>> RecoverAsync(DateTimeOffset olderThan, int max = 100, CancellationToken cancellationToken = default) =>
        WithFollowUps(f => _recovery.RecoverAsync(olderThan, max, f, cancellationToken), cancellationToken);

    private async Task<T> WithFollowUps<T>(Func<FollowUps, Task<T>> action, CancellationToken cancellationToken)
    {
        var followUps = new FollowUps();
        var result = await action(followUps);
        for (var handled = 0; handled < _options.MaxFollowUps; handled++)
        {
            if (followUps.Events.TryDequeue(out var published))
                await _stimuli.DispatchAsync(Activities.Elsa.Event.BookmarkName, Activities.Elsa.Event.Stimulus(published.EventName),
                    published.CorrelationId, published.Payload, followUps, cancellationToken);
            else if (followUps.InstancesToCheck.TryDequeue(out var instanceId))
                await _stimuli.DeliverQueuedAsync(instanceId, followUps, cancellationToken);
            else break;
        }
        // Follow-ups may have moved the instance on (an event it published to itself): report where it is now.
        if (result is WorkflowRunResult { Instance: { } instance } run && await _store.FindInstanceAsync(instance.Id, cancellationToken) is { } latest
            && latest.Revision > instance.Revision)
            return (T)(object)(run with { Instance = latest });
        return result;
    }
}
