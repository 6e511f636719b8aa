using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.Operations;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The workflow runtime (Elsa's activities and the case activities) on the configured store, its timer loop
    /// and crash recovery. Activities resolve their services (ICaseQueues, ...) from the root container, so those
    /// are registered as singletons by AddCaseHandling.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities()));
        services.AddSingleton(sp => new WorkflowRuntime(
            sp.GetRequiredService<IWorkflowStore>(), sp.GetRequiredService<ActivityRegistry>(), sp, sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<WorkflowTimerService>();
        return services;
    }
}
