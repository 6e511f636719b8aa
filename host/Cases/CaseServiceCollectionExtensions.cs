using FormEngine.Workflows.Cases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.Cases;

/// <summary>Case handling: the engine's case interfaces on the database, staff actions, the access log, dialogues.</summary>
public static class CaseServiceCollectionExtensions
{
    public static IServiceCollection AddCaseHandling(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CaseChanges>();
        // What the workflow's case activities call (engine/Workflows/Cases); each is safe to repeat.
        services.AddSingleton<ICaseQueues, CaseQueuesOnDatabase>();
        services.AddSingleton<ICaseStatuses, CaseStatusesOnDatabase>();
        services.AddSingleton<IResidentMessages, ResidentMessagesOnDatabase>();
        services.AddSingleton<INotificationOutbox, NotificationOutboxOnDatabase>();
        services.AddSingleton<ICaseClosing, CaseClosingOnDatabase>();
        // The staff workspace.
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<AccessLog>();
        services.AddSingleton<ResidentAccounts>();
        services.AddSingleton<WaitingDecisions>();
        services.AddSingleton<CaseWorkspace>();
        services.AddSingleton<StaffActions>();
        services.AddSingleton<ResidentDialogues>();
        return services;
    }
}
