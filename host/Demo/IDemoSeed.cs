namespace FormEngine.Host.Demo;

/// <summary>
/// A feature's own demo data (appointment books, care records, listings, ...), added after the demo residents and
/// staff exist. Each seed checks its own tables and adds only what is missing, so starting again changes nothing.
/// Register with <c>services.AddSingleton&lt;IDemoSeed, MySeed&gt;()</c> in the feature's service extensions.
/// </summary>
public interface IDemoSeed
{
    Task SeedAsync(CancellationToken cancellationToken = default);
}
