namespace FormEngine.Host.Cases;

/// <summary>Case handling: the engine's case interfaces on the database, staff actions, the access log, dialogues.</summary>
public static class CaseServiceCollectionExtensions
{
    public static IServiceCollection AddCaseHandling(this IServiceCollection services)
    {
        return services;
    }
}
