namespace FormEngine.Host.Cases;

/// <summary>What residents do: submit (intake with the workflow-start outbox), drafts, the inbox and replies.</summary>
public static class ResidentServiceCollectionExtensions
{
    public static IServiceCollection AddResidentServices(this IServiceCollection services)
    {
        return services;
    }
}
