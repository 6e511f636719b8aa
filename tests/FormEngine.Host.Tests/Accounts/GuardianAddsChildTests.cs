using System.Net;
using FormEngine.Host.Ombud;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;

namespace FormEngine.Host.Tests.Accounts;

/// <summary>"Lägg till barn" on /ombud: Anna adds Lilla (5); Olle (13) and a stranger are refused with the reason.</summary>
public sealed class GuardianAddsChildTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    private static async Task<HttpResponseMessage> AddAsync(ResidentBrowser browser, string personnummer) =>
        await PageForms.PostAsync(browser.Client, "/ombud?handler=Add", new Dictionary<string, string> { ["barn"] = personnummer }, "/ombud");

    [Fact]
    public async Task The_5_year_old_is_added_and_the_guardian_then_acts_for_her()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();

        var response = await AddAsync(anna, $"{lilla[..8]}-{lilla[8..]}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Du företräder: Lilla Exempelsson", (await anna.PageAsync("/")).QuerySelector(".ombud-bar")!.TextContent);
    }

    [Theory]
    [InlineData("Olle Exempelsson", ChildAddition.TooOld)]
    [InlineData("Tolvan Tolvansson", ChildAddition.NotGuardian)]
    public async Task The_13_year_old_and_a_stranger_are_refused_with_the_reason(string name, string message)
    {
        var child = await OmbudTests.PersonnummerOfAsync(Host, name);
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();

        var response = await AddAsync(anna, child);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector(".error-summary a[href='#barn']")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#barn")!.GetAttribute("aria-invalid"));
        Assert.Null((await anna.PageAsync("/")).QuerySelector(".ombud-bar strong"));
    }
}
