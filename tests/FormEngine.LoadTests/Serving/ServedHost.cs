using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.LoadTests.Serving;

/// <summary>
/// The real host (Program.cs, Release build) on Kestrel on a free port, on its own SQLite file. Environment
/// Development, because the test login page and the development tokens exist only there; everything else is the
/// host's own configuration (logging included). Without <paramref name="dispatcher"/> the host runs with
/// <c>FormEngine:Workflows:DispatcherEnabled</c> off, so intake alone can be measured (the outbox rows then wait,
/// as they would for a host that only takes intake).
/// </summary>
public sealed class ServedHost(string databaseFile, string definitions, string signingKey, bool dispatcher) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("FormEngine:Database:Provider", "Sqlite");
        builder.UseSetting("FormEngine:Database:ConnectionString", $"Data Source={databaseFile}");
        builder.UseSetting("FormEngine:DefinitionsPath", definitions);
        builder.UseSetting("FormEngine:TestIdentity:Enabled", "true");
        builder.UseSetting("FormEngine:Jwt:DevelopmentSigningKey", signingKey);
        builder.UseSetting("FormEngine:Workflows:DispatcherEnabled", dispatcher ? "true" : "false");
        // Many logins from one address (the host's login rate limit is per client address).
        builder.UseSetting("FormEngine:Security:LoginRateLimit:Enabled", "false");
    }

    /// <summary>Starts Kestrel on a free loopback port and returns its address.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }
}
