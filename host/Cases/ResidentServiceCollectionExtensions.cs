using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.Cases;

/// <summary>What residents do: submit (intake with the workflow-start outbox), drafts, the inbox and replies (with their redelivery).</summary>
public static class ResidentServiceCollectionExtensions
{
    public static IServiceCollection AddResidentServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IResidentDataSource, HealthData.RegisterResidentDataSource>());
        services.TryAddSingleton<IAttachmentStore, DatabaseAttachmentStore>();
        services.AddSingleton<ResidentFormContexts>();
        services.AddSingleton<FileUploads>();
        services.AddSingleton<FormPost>();
        services.AddSingleton<ResidentAttachments>();
        services.AddSingleton<WorkflowStartOutbox>();
        services.AddSingleton<CaseIntake>();
        services.AddSingleton<DraftStore>();
        services.AddSingleton<ResidentInbox>();
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<ResidentReplies>();
        services.AddSingleton<FormReplies>();
        services.AddSingleton<ReplyRedelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyRedelivery>());
        services.AddSingleton<ResidentClinics>();
        services.AddSingleton<WorkflowStartDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkflowStartDispatcher>());
        return services;
    }
}
