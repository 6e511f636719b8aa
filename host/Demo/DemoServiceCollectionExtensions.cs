namespace FormEngine.Host.Demo;

public static class DemoServiceCollectionExtensions
{
    /// <summary>The demo seeder (run at start-up when FormEngine:Demo:Seed is on, the default).</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddSingleton<DemoSeeder>();
}
