using System.Net.Http.Headers;
using System.Threading;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Demo;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Api;

/// <summary>
/// The boot fixture's host with a development signing key, so tests mint bearer tokens the way docs/api.md
/// describes (DevelopmentTokens from the host's services). Tests that write use residents of their own
/// (<see cref="NewResident"/>: a fresh valid personnummer, created on the token's first use).
/// </summary>
public sealed class ApiHost : IDisposable
{
    public const string SigningKey = "api-tests-development-signing-key-0123456789";

    private static int _serial = 100;
    private readonly TempFolder _folder = new();
    private readonly BootHost _boot;

    public ApiHost()
    {
        _boot = new BootHost(_folder.File("api.db"));
        Factory = _boot.WithWebHostBuilder(b => b.UseSetting("FormEngine:Jwt:DevelopmentSigningKey", SigningKey));
        _ = Factory.Server; // start now: migrations, definitions, seed
    }

    public WebApplicationFactory<Program> Factory { get; }

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await Service<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>A client without cookies or redirects: what a mobile app or an integration is.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser: keeps cookies, does not follow redirects.</summary>
    public HttpClient Browser() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public HttpClient Resident(string personnummer) => Client(Service<DevelopmentTokens>().ForResident(personnummer));

    public HttpClient Staff(string hsaId) => Client(Service<DevelopmentTokens>().ForStaff(hsaId));

    /// <summary>A personnummer nobody else in the test run uses (born 1 January 1980, so an adult).</summary>
    public static string NewResident() =>
        TestPersonnummer.Create(new DateOnly(1980, 1, 1), Interlocked.Increment(ref _serial).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        Factory.Dispose();
        _boot.Dispose();
        _folder.Dispose();
    }
}
