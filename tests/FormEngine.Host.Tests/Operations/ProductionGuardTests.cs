using System.Net;
using FormEngine.Host.Tests.Boot;
using Microsoft.AspNetCore.Hosting;

namespace FormEngine.Host.Tests.Operations;

/// <summary>The test login (anyone as anyone) can never be switched on in production.</summary>
public sealed class ProductionGuardTests
{
    [Fact]
    public void A_production_host_with_the_test_identity_on_refuses_to_start_and_says_why()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"), testIdentity: true);
        using var production = host.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Record.Exception(() => production.Server);

        Assert.NotNull(error);
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("FormEngine:TestIdentity:Enabled is true in the Production environment", messages);
        Assert.False(File.Exists(folder.File("app.db")), "The host got as far as creating its database before refusing.");
    }

    [Fact]
    public async Task A_production_host_without_the_test_identity_starts_and_has_no_test_login()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"), testIdentity: false);
        using var production = host.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = production.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/logga-in")).StatusCode);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain)) yield return inner;
        }
    }
}
