using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// The portal under its real Content-Security-Policy (BypassCSP off): the resident's form pages and the staff case
/// view run without one violation, and the idle warning script (wwwroot/js/session.js) works under it, driven by
/// Playwright's clock instead of waiting twenty minutes.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContentSecurityPolicyTests(PortalFixture fixture)
{
    private static List<string> Violations(PortalPage user)
    {
        var found = new List<string>();
        user.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (found) found.Add($"{user.Path}: {message.Text}");
        };
        user.Page.PageError += (_, error) => { lock (found) found.Add($"{user.Path}: script error {error}"); };
        return found;
    }

    [Fact]
    public Task Resident_form_pages_and_the_staff_case_view_report_no_policy_violation() => fixture.RunAsync(nameof(ContentSecurityPolicyTests), async s =>
    {
        var resident = await s.ResidentAsync(new BrowserNewContextOptions { BypassCSP = false });
        var residentViolations = Violations(resident);
        await ResidentSteps.LogInAsync(resident, DemoPeople.Tolvan);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Förnya recept");
        await ResidentSteps.FillRenewPrescriptionAsync(resident);
        var reference = await ResidentSteps.AcceptTermsAndSendAsync(resident);

        var staff = await s.StaffAsync(new BrowserNewContextOptions { BypassCSP = false });
        var staffViolations = Violations(staff);
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.OpenFromClinicInboxAsync(staff, DemoPeople.Eksjo, reference);

        Assert.Empty(residentViolations);
        Assert.Empty(staffViolations);
    });

    [Fact]
    public Task The_idle_warning_keeps_the_session_on_request_and_otherwise_signs_out() => fixture.RunAsync(nameof(ContentSecurityPolicyTests) + "-idle", async s =>
    {
        var resident = await s.ResidentAsync(new BrowserNewContextOptions { BypassCSP = false });
        var violations = Violations(resident);
        await resident.Page.Clock.InstallAsync();
        await ResidentSteps.LogInAsync(resident, DemoPeople.Anna);
        var page = resident.Page;
        var warning = page.GetByRole(AriaRole.Dialog, new() { Name = "Du loggas snart ut" });
        await Expect(warning).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("18:30");
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning.GetByRole(AriaRole.Button, new() { Name = "Fortsätt vara inloggad" })).ToBeFocusedAsync();
        await warning.GetByRole(AriaRole.Button, new() { Name = "Fortsätt vara inloggad" }).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("10:00");
        await Expect(warning).ToBeHiddenAsync();

        await resident.AndWaitAsync(() => page.Clock.FastForwardAsync("12:00"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har loggats ut");
        await resident.GotoAsync("/inkorg");
        Assert.StartsWith("/logga-in", resident.Path);
        Assert.Empty(violations);
    });

    [Fact]
    public Task The_API_reference_renders_under_its_own_policy() => fixture.RunAsync(nameof(ContentSecurityPolicyTests) + "-docs", async s =>
    {
        var reader = await s.OpenAsync("developer", audited: false, new BrowserNewContextOptions { BypassCSP = false });
        var violations = Violations(reader);

        await reader.GotoAsync("/api/docs/");

        await Expect(reader.Page.GetByText("FormEngine API").First).ToBeVisibleAsync();
        Assert.Empty(violations);
    });
}
