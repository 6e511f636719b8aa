using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>WCAG 1.4.10 Reflow: at a phone's width (390 CSS pixels) no resident page of a submission scrolls sideways.</summary>
[Collection(PortalCollection.Name)]
public sealed class PhoneWidthTests(PortalFixture fixture)
{
    [Fact]
    public Task Fornya_recept_has_no_horizontal_scroll_at_390_pixels() => fixture.RunAsync(nameof(PhoneWidthTests), async s =>
    {
        var phone = await s.ResidentAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
        });
        var checkedPages = new List<string>();
        async Task AssertFitsAsync()
        {
            var (scrollWidth, innerWidth) = await WidthsAsync(phone.Page);
            Assert.True(scrollWidth <= innerWidth, $"{phone.Path} is {scrollWidth} px wide in a {innerWidth} px window.");
            checkedPages.Add(phone.Path);
        }

        await ResidentSteps.LogInAsync(phone, DemoPeople.Maja);
        await AssertFitsAsync();
        await ResidentSteps.OpenClinicAsync(phone, "Eksjö", DemoPeople.EksjoName);
        await AssertFitsAsync();
        await ResidentSteps.StartEServiceAsync(phone, "Förnya recept");
        await AssertFitsAsync();

        // Each page with an error summary first (the widest state), then filled in.
        await ResidentSteps.ContinueAsync(phone);
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Name = "Det finns problem" })).ToBeVisibleAsync();
        await AssertFitsAsync();
        await phone.Page.GetByRole(AriaRole.Group, new() { Name = "Recept" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await ResidentSteps.ContinueAsync(phone);
        await AssertFitsAsync();
        await ResidentSteps.ChooseAsync(phone, "Har ditt hälsotillstånd ändrats sedan du fick receptet?", "Ja");
        await phone.Page.GetByLabel("Beskriv vad som har ändrats").FillAsync("Jag har fått högre blodtryck.");
        await ResidentSteps.ChooseAsync(phone, "Har du fått några biverkningar av läkemedlet?", "Nej");
        await ResidentSteps.ContinueAsync(phone);
        await AssertFitsAsync();
        await ResidentSteps.ChooseAsync(phone, "Om mottagningen behöver fråga något", "Telefonsamtal");
        await phone.Page.GetByLabel("Telefonnummer").FillAsync("070-000 00 03");
        await ResidentSteps.ContinueAsync(phone);
        await AssertFitsAsync(); // check your answers
        await ResidentSteps.AcceptTermsAndSendAsync(phone);
        await AssertFitsAsync(); // receipt
        await phone.GotoAsync("/inkorg");
        await AssertFitsAsync();
        Assert.Equal(9, checkedPages.Count);
    });

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }
}
