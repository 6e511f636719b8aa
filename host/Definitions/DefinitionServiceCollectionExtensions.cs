namespace FormEngine.Host.Definitions;

public static class DefinitionServiceCollectionExtensions
{
    /// <summary>The <see cref="DefinitionLibrary"/> (filled at start-up by <see cref="DefinitionImporter"/>).</summary>
    public static IServiceCollection AddDefinitions(this IServiceCollection services)
    {
        services.AddSingleton<DefinitionLibrary>();
        services.AddSingleton<FormVersionImport>();
        services.AddSingleton<DefinitionImporter>();
        return services;
    }
}
