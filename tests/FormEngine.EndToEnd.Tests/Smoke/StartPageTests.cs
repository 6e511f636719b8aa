using FormEngine.EndToEnd.Tests.Infrastructure;

namespace FormEngine.EndToEnd.Tests.Smoke;

[Collection(PortalCollection.Name)]
public sealed class StartPageTests(PortalFixture fixture)
{
    [Fact]
    public Task Start_page_renders_with_a_main_heading_and_passes_axe() => fixture.RunAsync(nameof(StartPageTests), async s =>
    {
        var resident = await s.ResidentAsync();
        await resident.GotoAsync("/");
        await Microsoft.Playwright.Assertions.Expect(resident.Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await resident.Page.TitleAsync()));
    });
}
