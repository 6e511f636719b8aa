using System.Collections.Concurrent;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FormEngine.Host.Tests.Boot;

/// <summary>
/// The real host (environment Development, so the test identity is on) on its own database (a SQLite file, or
/// the PostgreSQL database that file stands for: <see cref="TestDatabase"/>), with the
/// repository's definitions or a folder the test gives. Records every log entry so tests can check what the
/// host reported.
/// </summary>
public sealed class BootHost : WebApplicationFactory<Program>
{
    private readonly string _databaseFile;
    private readonly string _definitions;
    private readonly bool _testIdentity;

    public BootHost(string databaseFile, string? definitions = null, bool testIdentity = true)
    {
        _databaseFile = databaseFile;
        _definitions = definitions ?? RepositoryPaths.Definitions;
        _testIdentity = testIdentity;
    }

    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("FormEngine:Database:Provider", TestDatabase.Provider);
        builder.UseSetting("FormEngine:Database:ConnectionString", TestDatabase.ConnectionString(_databaseFile));
        builder.UseSetting("FormEngine:DefinitionsPath", _definitions);
        builder.UseSetting("FormEngine:TestIdentity:Enabled", _testIdentity ? "true" : "false");
        // Many logins from one address; Security/LoginRateLimitTests turns the limit back on.
        builder.UseSetting("FormEngine:Security:LoginRateLimit:Enabled", "false");
        builder.ConfigureLogging(logging => logging.AddProvider(new RecordingLoggerProvider(Logs)));
    }

    public DefinitionLibrary Definitions => Services.GetRequiredService<DefinitionLibrary>();

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public IEnumerable<string> Messages(LogLevel atLeast) => Logs.Where(l => l.Level >= atLeast).Select(l => l.Message);
}

internal sealed class RecordingLoggerProvider(ConcurrentQueue<(LogLevel, string, string)> entries) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class RecordingLogger(string category, ConcurrentQueue<(LogLevel, string, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) entries.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
