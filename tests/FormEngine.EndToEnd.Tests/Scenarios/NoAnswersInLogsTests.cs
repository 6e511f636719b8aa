using System.Collections.Concurrent;
using FormEngine.EndToEnd.Tests.Infrastructure;
using FormEngine.EndToEnd.Tests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FormEngine.EndToEnd.Tests.Scenarios;

/// <summary>
/// Form contents never reach logs or URLs (issue 4/5): a resident types distinctive answers (a missing medicine, a
/// phone number, a reply to the clinic's question) through the browser; afterwards no line the host logged during
/// the run (message, structured state, scopes, exceptions, at every level) and no URL either browser requested
/// contains any of them.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NoAnswersInLogsTests(PortalFixture fixture)
{
    private const string MissingMedicine = "OKAPI-4711";
    private const string Phone = "070-987 65 43";
    private const string Reply = "TAPIR-0815";
    private const string Question = "Hur länge har du använt läkemedlet?";

    // The phone number also in the shapes a normaliser might give it.
    private static readonly string[] Typed = [MissingMedicine, Reply, Phone, "987 65 43", "9876543"];

    [Fact]
    public Task Typed_answers_appear_in_no_log_line_and_no_url() => fixture.RunAsync(nameof(NoAnswersInLogsTests), async s =>
    {
        var urls = new ConcurrentQueue<string>();
        var resident = await s.ResidentAsync();
        resident.Page.Request += (_, request) => urls.Enqueue(request.Url);
        await ResidentSteps.LogInAsync(resident, DemoPeople.Tolvan);
        await ResidentSteps.OpenClinicAsync(resident, "Eksjö", DemoPeople.EksjoName);
        await ResidentSteps.StartEServiceAsync(resident, "Förnya recept");
        var reference = await SubmitWithDistinctiveAnswersAsync(resident);

        var staff = await s.StaffAsync();
        staff.Page.Request += (_, request) => urls.Enqueue(request.Url);
        await StaffSteps.LogInAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.OpenFromClinicInboxAsync(staff, DemoPeople.Eksjo, reference);
        // The answers reached the clinic: the scan below looks for strings that really went through the host.
        await Expect(staff.Page.GetByText(MissingMedicine).First).ToBeVisibleAsync();
        await StaffSteps.DistributeToAsync(staff, DemoPeople.BirgittaMottagare);
        await StaffSteps.AskResidentAsync(staff, Question);

        await resident.GotoAsync("/inkorg");
        await resident.ClickAndWaitAsync(ResidentSteps.InboxEntry(resident, reference).GetByRole(AriaRole.Link));
        await resident.Page.GetByLabel("Ditt svar").FillAsync(Reply);
        await resident.ClickAndWaitAsync(resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka svar" }));
        await Expect(resident.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ditt svar är skickat");
        await staff.GotoAsync(staff.Path);
        await Expect(staff.Page.GetByText(Reply).First).ToBeVisibleAsync();

        var logs = fixture.Host.Logs.Lines;
        Assert.Contains(logs, line => line.Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
        AssertNoneContains(logs, "log line");
        Assert.NotEmpty(urls);
        AssertNoneContains(urls.SelectMany(u => new[] { u, Uri.UnescapeDataString(u.Replace('+', ' ')) }).ToList(), "URL");
    });

    private static async Task<string> SubmitWithDistinctiveAnswersAsync(PortalPage resident)
    {
        var page = resident.Page;
        await page.GetByRole(AriaRole.Group, new() { Name = "Recept" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByLabel("Saknas ett läkemedel i listan?").FillAsync(MissingMedicine);
        await ResidentSteps.ContinueAsync(resident);
        await ResidentSteps.ChooseAsync(resident, "Har ditt hälsotillstånd ändrats sedan du fick receptet?", "Nej");
        await ResidentSteps.ChooseAsync(resident, "Har du fått några biverkningar av läkemedlet?", "Nej");
        await ResidentSteps.ContinueAsync(resident);
        await ResidentSteps.ChooseAsync(resident, "Om mottagningen behöver fråga något", "Telefonsamtal");
        await page.GetByLabel("Telefonnummer").FillAsync(Phone);
        await ResidentSteps.ContinueAsync(resident);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kontrollera dina svar innan du skickar" })).ToBeVisibleAsync();
        await Expect(page.GetByText(MissingMedicine)).ToBeVisibleAsync();
        return await ResidentSteps.AcceptTermsAndSendAsync(resident);
    }

    private static void AssertNoneContains(IReadOnlyCollection<string> haystack, string what)
    {
        var leaks = haystack.Where(line => Typed.Any(answer => line.Contains(answer, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} {what}(s) of {haystack.Count} contain a typed answer:\n  {string.Join("\n  ", leaks.Take(10))}");
    }
}
