using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace FormEngine.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real host (Program) on a real Kestrel port, as a browser needs, in Development with the test identity on,
/// on a fresh SQLite file of its own and the repository's definitions. The demo seed fills the empty database.
/// </summary>
public sealed class PortalHost : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "formengine-e2e-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(folder, "formengine.db");

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <summary>Everything the host logged during the run (NoAnswersInLogsTests scans it for typed answers).</summary>
    public CapturedLogs Logs { get; } = new();

    public PortalHost()
    {
        Directory.CreateDirectory(folder);
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("FormEngine:Database:Provider", "Sqlite");
        builder.UseSetting("FormEngine:Database:ConnectionString", $"Data Source={DatabaseFile}");
        builder.UseSetting("FormEngine:DefinitionsPath", Path.Combine(RepositoryRoot.Path, "definitions"));
        builder.UseSetting("FormEngine:TestIdentity:Enabled", "true");
        builder.UseSetting("FormEngine:Demo:Seed", "true");
        // Many logins from one address (the host's login rate limit is per client address).
        builder.UseSetting("FormEngine:Security:LoginRateLimit:Enabled", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a file still open: the OS cleans temp */ }
    }
}
