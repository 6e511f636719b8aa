using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Runs one activity: creates it with services, binds its inputs, executes or resumes it. Whatever goes wrong
/// (an unknown type, a bad input, an exception) comes back as a Faulted result, never as an exception.
/// </summary>
public sealed class ActivityInvoker(ActivityRegistry registry, ExpressionEvaluator evaluator, InputBinder binder)
{
    public const string UnknownActivityCode = "UnknownActivity";
    public const string ActivityExceptionCode = "ActivityException";

    /// <returns>The result, and the activity that produced it (null when it could not be created).</returns>
    public async ValueTask<(ActivityResult Result, IActivity? Activity)> RunAsync(ActivityNode node, ActivityContext context, IExpressionScope scope, IServiceProvider services, WorkItem item)
    {
        if (registry.Find(node.Type) is not { } descriptor)
            return (ActivityResult.Fault(UnknownActivityCode, $"Activity type '{node.Type}' ({node.Id}) is not known to this runtime."), null);
        IActivity? activity = null;
        try
        {
            activity = registry.Create(descriptor, services);
            binder.Bind(activity, descriptor, node, scope);
            if (item.Kind == WorkKind.Resume && item.Bookmark is { } bookmark)
            {
                return (activity is IResumableActivity resumable
                    ? await resumable.ResumeAsync(context, bookmark, item.Input)
                    : ActivityResult.DoneResult, activity);
            }
            return (await activity.ExecuteAsync(context), activity);
        }
        catch (ExpressionException e)
        {
            return (ActivityResult.Fault(e.Code, e.Message, e), activity);
        }
        catch (InputBindingException e)
        {
            return (ActivityResult.Fault(InputBindingException.Code, e.Message, e), activity);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (ActivityResult.Fault(ActivityExceptionCode, $"{node} threw {e.GetType().Name}: {e.Message}", e), activity);
        }
    }

    /// <summary>The join mode of a FlowJoin-like node (read from its inputs without running it), null for other nodes.</summary>
    /// <summary>Unknown types count as having effects: the runtime commits around them.</summary>
    public bool IsPure(ActivityNode node) => registry.Find(node.Type)?.Pure ?? false;

    public JoinMode? JoinModeOf(ActivityNode node, IExpressionScope scope)
    {
        if (registry.Find(node.Type) is not { } descriptor || !typeof(IJoinActivity).IsAssignableFrom(descriptor.ClrType)) return null;
        if (node.Input("mode") is not { } expression) return JoinMode.WaitAny;
        try
        {
            return (JoinMode)(InputConverter.Convert(evaluator.Evaluate(expression, scope), typeof(JoinMode)) ?? JoinMode.WaitAny);
        }
        catch (Exception e) when (e is ArgumentException or ExpressionException or FormatException)
        {
            // Elsa's default; the validator reports a mode it cannot read.
            return JoinMode.WaitAny;
        }
    }
}
