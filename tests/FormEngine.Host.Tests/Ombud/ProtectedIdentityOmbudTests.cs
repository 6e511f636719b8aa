using System.Net;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Ombud;

/// <summary>
/// Skyddad identitet ends the ombud right at once, also for a guardian already acting: each test on its own
/// database, since it changes a demo resident.
/// </summary>
public sealed class ProtectedIdentityOmbudTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BootHost _host;

    public ProtectedIdentityOmbudTests() => _host = new BootHost(_folder.File("ombud.db"));

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private Task ProtectAsync(string personnummer) => _host.QueryAsync(db =>
        db.Residents.Where(r => r.Personnummer == personnummer).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProtectedIdentity, true)));

    [Fact]
    public async Task Protection_added_to_the_child_cuts_an_active_link_and_falls_back_to_self_with_a_message()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(_host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(_host, OmbudTests.Anna).LogInAsync();
        await OmbudTests.ChooseAsync(anna, lilla);
        Assert.Contains("Du företräder: Lilla Exempelsson", (await anna.PageAsync("/inkorg")).Body!.TextContent);

        await ProtectAsync(lilla);

        var page = await anna.PageAsync("/inkorg");
        Assert.DoesNotContain("Du företräder", page.Body!.TextContent);
        Assert.Contains("Du kan inte längre företräda barnet", page.QuerySelector(".ombud-bar--ended")!.TextContent);
        Assert.Empty((await anna.PageAsync("/ombud")).QuerySelectorAll($"input[value='{lilla}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await OmbudTests.ChooseAsync(anna, lilla)).StatusCode);
    }

    [Fact]
    public async Task A_guardian_with_skyddad_identitet_may_act_for_nobody()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(_host, "Lilla Exempelsson");
        await ProtectAsync(OmbudTests.Anna);
        var anna = await new ResidentBrowser(_host, OmbudTests.Anna).LogInAsync();

        Assert.Empty((await anna.PageAsync("/ombud")).QuerySelectorAll($"input[value='{lilla}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await OmbudTests.ChooseAsync(anna, lilla)).StatusCode);
    }
}
