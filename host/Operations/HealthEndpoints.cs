using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FormEngine.Host.Operations;

/// <summary>/health/live: the process serves requests. /health/ready: it can also reach its database.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableHttpMetrics();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).DisableHttpMetrics();
    }
}
