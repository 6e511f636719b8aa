using FormEngine.EndToEnd.Tests.Infrastructure;
using Xunit.Sdk;

namespace FormEngine.EndToEnd.Tests.Smoke;

/// <summary>The axe gate itself: it must fail on a serious violation and name the rule and the element.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityGateTests(PortalFixture fixture)
{
    [Fact]
    public async Task A_text_box_without_a_label_fails_the_gate_with_rule_and_selector()
    {
        var page = await fixture.Browser.NewPageAsync();
        try
        {
            await page.SetContentAsync("<!DOCTYPE html><html lang=\"sv\"><head><title>Test</title></head><body><main><h1>Test</h1><input id=\"namnlos\" type=\"text\"></main></body></html>");
            var failure = await Assert.ThrowsAsync<FailException>(() => Accessibility.AssertNoSeriousViolationsAsync(page));
            Assert.Contains("label", failure.Message);
            Assert.Contains("#namnlos", failure.Message);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
