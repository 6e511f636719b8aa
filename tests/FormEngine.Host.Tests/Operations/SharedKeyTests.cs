using System.Net;
using FormEngine.Host.Tests.Boot;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Operations;

/// <summary>Data protection keys live in the portal database: a session cookie works on every instance on it.</summary>
public sealed class SharedKeyTests
{
    private const string Tolvan = "191212121212";

    [Fact]
    public async Task A_session_cookie_issued_by_one_instance_is_accepted_by_another_on_the_same_database_but_not_by_one_on_another()
    {
        using var folder = new TempFolder();
        using var first = new BootHost(folder.File("shared.db"));
        var cookies = new CookieContainer();
        var firstClient = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var login = await PageForms.PostAsync(firstClient, "/logga-in", new Dictionary<string, string>
        {
            ["Method"] = "bankid", ["Personnummer"] = Tolvan, ["ReturnUrl"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.True(await first.QueryAsync(db => db.DataProtectionKeys.AnyAsync()), "No data protection key was stored in the database.");

        using var second = new BootHost(folder.File("shared.db"));
        Assert.Contains("Välkommen, Tolvan Tolvansson", await second.CreateDefaultClient(new CookieContainerHandler(cookies)).GetStringAsync("/"));

        // The control: an instance on another database has other keys and cannot read the cookie.
        using var other = new BootHost(folder.File("other.db"));
        Assert.DoesNotContain("Välkommen", await other.CreateDefaultClient(new CookieContainerHandler(cookies)).GetStringAsync("/"));
    }

    [Fact]
    public async Task A_session_survives_a_restart_of_the_only_instance()
    {
        using var folder = new TempFolder();
        var cookies = new CookieContainer();
        using (var before = new BootHost(folder.File("app.db")))
        {
            var client = before.CreateDefaultClient(new CookieContainerHandler(cookies));
            await PageForms.PostAsync(client, "/logga-in", new Dictionary<string, string>
            {
                ["Method"] = "bankid", ["Personnummer"] = Tolvan, ["ReturnUrl"] = "",
            });
        }

        using var after = new BootHost(folder.File("app.db"));
        Assert.Contains("Välkommen, Tolvan Tolvansson", await after.CreateDefaultClient(new CookieContainerHandler(cookies)).GetStringAsync("/"));
    }
}
