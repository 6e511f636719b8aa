using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Operations;

/// <summary>Every link of the header navigation and of the start page leads to a page its user may see.</summary>
public sealed class NavigationTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Admin = "SE2321000065-P00000000007";

    private BootHost Host => shared.Host;

    [Fact]
    public async Task Every_link_a_resident_sees_in_the_menu_and_on_the_start_page_opens()
    {
        var resident = await new ResidentBrowser(Host, StaffPeople.Tolvan).LogInAsync();
        var start = await resident.PageAsync("/");

        var menu = MenuLinks(start);
        Assert.Equal([Navigation.ResidentStart, Navigation.ResidentClinics, Navigation.ResidentInbox, FormEngine.Host.Pages.Invanare.InstallningarModel.Address], menu);
        var links = menu.Concat(LocalLinks(start, "main a")).Distinct().ToList();
        Assert.Contains(Navigation.ResidentDrafts, links);
        foreach (var link in links) await resident.PageAsync(link);
    }

    [Theory]
    [InlineData(StaffPeople.Birgitta, new[] { Navigation.StaffClinicInbox, Navigation.StaffMyCases, Navigation.StaffResidentCase, Navigation.StaffAppointmentBook })]
    [InlineData(StaffPeople.Johan, new[] { Navigation.StaffMyCases, Navigation.StaffResidentCase, Navigation.StaffAppointmentBook })]
    [InlineData(Admin, new[] { Navigation.StaffMyCases, Navigation.StaffResidentCase, Navigation.StaffAppointmentBook, Navigation.RoleAdministration, Navigation.ResidentAccounts, Navigation.AdminIncidents })]
    public async Task Every_link_in_a_staff_members_menu_opens_and_only_receivers_get_the_clinic_inbox(string hsaId, string[] expected)
    {
        var staff = await new StaffBrowser(Host, hsaId).LogInAsync();

        var menu = MenuLinks(await staff.PageAsync(Navigation.StaffMyCases));

        Assert.Equal(expected, menu);
        foreach (var link in menu)
        {
            // The menu's "Invånarärende" is a folder that redirects to its first step; follow that one hop.
            var response = await staff.Client.GetAsync(link);
            if (response.StatusCode == HttpStatusCode.Redirect) response = await staff.Client.GetAsync(response.Headers.Location!.OriginalString);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {link} as {hsaId}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Staff_opening_the_start_page_land_in_their_workspace_the_clinic_inbox_for_a_receiver()
    {
        var birgitta = await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync();

        var start = await birgitta.Client.GetAsync("/");
        Assert.Equal(Navigation.StaffStart, start.Headers.Location?.OriginalString);
        var workspace = await birgitta.Client.GetAsync(Navigation.StaffStart);
        Assert.Equal(Navigation.StaffClinicInbox, workspace.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_start_page_offers_to_continue_drafts_and_counts_unread_cases()
    {
        var resident = await new ResidentBrowser(Host, StaffPeople.Gustav).LogInAsync();
        var empty = await resident.PageAsync("/");
        Assert.DoesNotContain("Fortsätt med utkast", empty.QuerySelector("#start-utkast")!.TextContent);
        Assert.Null(empty.QuerySelector("#start-inkorg .tag"));

        var draft = await resident.PageAsync(await resident.StartFormAsync(FornyaRecept.Clinic, FornyaRecept.Form));
        var prescription = draft.QuerySelector<IHtmlInputElement>("input[name=prescriptions]")!.Value;
        await FornyaRecept.NextAsync(resident, await resident.SubmitAsync(draft, ("prescriptions", prescription)), "?sida=2");
        await AskedCaseAsync(resident);
        var start = await resident.PageAsync("/");

        var resume = start.QuerySelectorAll<IHtmlAnchorElement>("#start-utkast a").Single(a => a.TextContent == "Fortsätt med utkast");
        Assert.Equal(Navigation.ResidentDrafts, resume.GetAttribute("href"));
        Assert.Contains("Du har 1 sparat utkast.", start.QuerySelector("#start-utkast")!.TextContent);
        Assert.Equal("1 oläst ärende", start.QuerySelector("#start-inkorg .tag")!.TextContent.Trim());
    }

    /// <summary>A submitted case on which the clinic asks the resident something: one unread message.</summary>
    private async Task AskedCaseAsync(ResidentBrowser resident)
    {
        var (check, _) = await FornyaRecept.FillAsync(resident);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));
        await StaffCases.WaitForDecisionAsync(Host, caseId);
        var asked = await Host.Services.GetRequiredService<WorkflowRuntime>().ResumeByStimulusAsync(AwaitStaffDecision.TypeName,
            CaseActivities.StimulusFor(caseId), caseId,
            new JsonObject { ["decision"] = "AskResident", ["by"] = StaffPeople.Birgitta, ["message"] = "Hur mår du?" });
        Assert.Equal(ResumeOutcome.Resumed, asked.Outcome);
    }

    private static List<string> MenuLinks(IHtmlDocument page) => LocalLinks(page, "nav.site-nav a");

    private static List<string> LocalLinks(IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll<IHtmlAnchorElement>(selector).Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/'))];
}
