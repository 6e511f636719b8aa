using FormEngine.Host.Tests.Boot;
using Microsoft.AspNetCore.Hosting;

namespace FormEngine.Host.Tests.Security;

/// <summary>Strict-Transport-Security outside Development, on HTTPS requests (browsers ignore it over http).</summary>
public sealed class HstsTests
{
    [Fact]
    public async Task A_production_host_sends_HSTS_over_HTTPS_and_a_development_host_does_not()
    {
        using var folder = new TempFolder();
        using var development = new BootHost(folder.File("dev.db"));
        using var boot = new BootHost(folder.File("prod.db"), testIdentity: false);
        using var production = boot.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var https = new Uri("https://portal.example");

        var live = await production.CreateClient(new() { BaseAddress = https }).GetAsync("/health/ready");
        var local = await development.CreateClient(new() { BaseAddress = https }).GetAsync("/health/ready");

        Assert.True(live.Headers.TryGetValues("Strict-Transport-Security", out var values), "No HSTS in production.");
        Assert.StartsWith("max-age=", Assert.Single(values));
        Assert.False(local.Headers.Contains("Strict-Transport-Security"), "HSTS in Development would pin localhost to https.");
        Assert.True(live.Headers.Contains("Content-Security-Policy"));
    }
}
