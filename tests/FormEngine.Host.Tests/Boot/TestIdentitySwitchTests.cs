using System.Net;

namespace FormEngine.Host.Tests.Boot;

public sealed class TestIdentitySwitchTests
{
    [Fact]
    public async Task Without_the_test_identity_setting_the_test_login_pages_and_the_banner_are_gone()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"), testIdentity: false);
        var client = host.Browser();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/logga-in")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/personal/logga-in")).StatusCode);
        Assert.DoesNotContain("Testinloggning är påslagen", await client.GetStringAsync("/"));
    }
}
