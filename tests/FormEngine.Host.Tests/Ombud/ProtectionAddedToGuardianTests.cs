using System.Net;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Ombud;

/// <summary>
/// The other half of "an existing link is cut when protection is added": the guardian (not the child) gets
/// skyddad identitet while acting for the child. The right is re-checked on every request, so the next request
/// already acts for the guardian alone and the child's pages are out of reach.
/// </summary>
public sealed class ProtectionAddedToGuardianTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BootHost _host;

    public ProtectionAddedToGuardianTests() => _host = new BootHost(_folder.File("ombud-guardian.db"));

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Protection_added_to_the_guardian_mid_session_cuts_the_active_link_at_the_next_request()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(_host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(_host, OmbudTests.Anna).LogInAsync();
        await OmbudTests.ChooseAsync(anna, lilla);
        Assert.Contains("Du företräder: Lilla Exempelsson", (await anna.PageAsync("/inkorg")).Body!.TextContent);

        await _host.QueryAsync(db => db.Residents.Where(r => r.Personnummer == OmbudTests.Anna)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ProtectedIdentity, true)));

        var page = await anna.PageAsync("/inkorg");
        Assert.DoesNotContain("Du företräder", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector(".ombud-bar--ended"));
        Assert.Equal(HttpStatusCode.Forbidden, (await OmbudTests.ChooseAsync(anna, lilla)).StatusCode);
    }
}
