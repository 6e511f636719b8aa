using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Identity;

/// <summary>
/// The host on its own database with FormEngine:Identity:OpenIdConnect pointing at a <see cref="TestOpenIdProvider"/>
/// (the test identity flag stays on as in every test host, to show that the provider switches it off).
/// </summary>
public sealed class OidcHost : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BootHost _boot;

    private OidcHost(TestOpenIdProvider provider, bool staff)
    {
        Provider = provider;
        _boot = new BootHost(_folder.File("oidc.db"));
        Factory = _boot.WithWebHostBuilder(builder =>
        {
            Configure(builder, "Residents");
            if (staff) Configure(builder, "Staff");
        });
    }

    public TestOpenIdProvider Provider { get; }
    public WebApplicationFactory<Program> Factory { get; }

    public static async Task<OidcHost> StartAsync(bool staff = false) => new(await TestOpenIdProvider.StartAsync(), staff);

    private void Configure(IWebHostBuilder builder, string who)
    {
        var section = $"FormEngine:Identity:OpenIdConnect:{who}";
        builder.UseSetting($"{section}:Authority", Provider.Authority);
        builder.UseSetting($"{section}:ClientId", TestOpenIdProvider.ClientId);
        builder.UseSetting($"{section}:ClientSecret", TestOpenIdProvider.ClientSecret);
        // The local provider speaks plain http; the portal side is https (the handler's cookies are Secure).
        builder.UseSetting($"{section}:RequireHttpsMetadata", "false");
    }

    /// <summary>A new browser: https://localhost, cookies kept, redirects followed by <see cref="OidcBrowser"/>.</summary>
    public OidcBrowser Browser() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost"),
    }), Provider);

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _boot.DisposeAsync();
        _folder.Dispose();
        await Provider.DisposeAsync();
    }
}
