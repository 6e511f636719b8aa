using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Runs an instance's queue until the flowchart completes, every branch waits on a bookmark, or an activity
/// faults. Calls <c>checkpoint</c> between activities, so that the state after every completed activity is
/// durable before the next one starts (see docs/workflows.md, commit points).
/// </summary>
public sealed class WorkflowExecutor(ActivityInvoker invoker, ExpressionEvaluator evaluator, IServiceProvider services, TimeProvider time)
{
    public async Task RunAsync(WorkflowInstance instance, WorkflowState state, WorkflowPlan plan, Func<Task> checkpoint, CancellationToken cancellationToken)
    {
        var runServices = new RunServices(services, state);
        var scheduler = new FlowchartScheduler(plan, state, node => invoker.JoinModeOf(node, Context(instance, state, plan, node, cancellationToken)));
        instance.Status = WorkflowStatus.Running;
        instance.SubStatus = WorkflowSubStatus.Executing;
        var first = true;
        var lastHadEffects = false;
        while (!state.Completed && state.Queue.Count > 0)
        {
            // Commit before an activity with outside effects, and after one: a crash then repeats only pure
            // work (flow, variables, bookmarks), never an effect. Runs of pure activities share one commit.
            var pure = IsPure(state, state.Queue[0], plan);
            if (!first && (lastHadEffects || !pure)) await checkpoint();
            first = false;
            lastHadEffects = !pure;
            cancellationToken.ThrowIfCancellationRequested();
            var item = state.Queue[0];
            state.Queue.RemoveAt(0);
            if (!state.Scopes.ContainsKey(item.Scope) || plan.Graph(item.Scope).Node(item.ActivityId) is not { } node) continue;
            if (item.Kind == WorkKind.Execute && plan.BodyOf(node.Id) is { } body)
            {
                scheduler.StartScope(body, item.Scope, node.Id);
                continue;
            }
            var context = Context(instance, state, plan, node, cancellationToken);
            var (result, activity) = await invoker.RunAsync(node, context, context, runServices, item);
            switch (result)
            {
                case ActivityResult.Faulted fault:
                    state.Faulted = item;
                    instance.Incidents.Add(new Incident(Guid.NewGuid().ToString("N"), node.Id, node.Type, fault.Code, fault.Message,
                        fault.Exception?.ToString() ?? fault.Message, time.GetUtcNow()));
                    instance.Status = WorkflowStatus.Finished;
                    instance.SubStatus = WorkflowSubStatus.Faulted;
                    return;
                case ActivityResult.Suspended suspended:
                    scheduler.Suspended(item.Scope, node.Id, suspended.Bookmarks.Select(r => NewBookmark(instance, node.Id, r)));
                    break;
                case ActivityResult.Completed when activity is ITerminalActivity terminal:
                    if (terminal.FinishesWorkflow) scheduler.FinishWorkflow();
                    else scheduler.EndScope(item.Scope);
                    break;
                case ActivityResult.Completed completed:
                    scheduler.Completed(item.Scope, node.Id, completed.Outcomes);
                    break;
            }
        }
        Settle(instance, state);
    }

    /// <summary>Status after a run: finished when the root flowchart completed; suspended while bookmarks wait.</summary>
    private static void Settle(WorkflowInstance instance, WorkflowState state)
    {
        if (state.Completed || (state.Queue.Count == 0 && state.Bookmarks.Count == 0))
        {
            state.Completed = true;
            state.Queue.Clear();
            state.Bookmarks.Clear();
            state.Scopes.Clear();
            instance.Status = WorkflowStatus.Finished;
            instance.SubStatus = WorkflowSubStatus.Finished;
            return;
        }
        instance.Status = WorkflowStatus.Running;
        instance.SubStatus = state.Queue.Count == 0 ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Executing;
    }

    private RuntimeActivityContext Context(WorkflowInstance instance, WorkflowState state, WorkflowPlan plan, Definitions.ActivityNode node, CancellationToken cancellationToken) =>
        new(instance, state, plan, node, evaluator, time, cancellationToken);

    private Bookmark NewBookmark(WorkflowInstance instance, string activityId, BookmarkRequest request) => new(
        Guid.NewGuid().ToString("N"), instance.Id, activityId, request.Name, Bookmark.HashOf(request.Name, request.Stimulus),
        instance.CorrelationId, request.ResumeAt, request.Payload?.DeepClone(), time.GetUtcNow());

    /// <summary>Items that will be skipped, and nested flowcharts being entered, count as pure.</summary>
    private bool IsPure(WorkflowState state, WorkItem item, WorkflowPlan plan) =>
        !state.Scopes.ContainsKey(item.Scope) || plan.Graph(item.Scope).Node(item.ActivityId) is not { } node
        || (item.Kind == WorkKind.Execute && plan.BodyOf(node.Id) is not null) || invoker.IsPure(node);
}
