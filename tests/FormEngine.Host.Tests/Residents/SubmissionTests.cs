using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// Förnya recept through the real pages. Each test logs in its own demo resident, so the tests share one host
/// and database without seeing each other's cases.
/// </summary>
public sealed partial class SubmissionTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    private Task<List<CaseRecord>> CasesOf(string personnummer) =>
        Host.QueryAsync(db => db.Cases.AsNoTracking().Where(c => c.ResidentPersonnummer == personnummer).ToListAsync());

    [Fact]
    public async Task A_resident_renews_a_prescription_page_by_page_and_gets_a_receipt_with_the_case_reference()
    {
        var resident = await new ResidentBrowser(Host, "195511181538").LogInAsync();

        var (check, draftUrl) = await FornyaRecept.FillAsync(resident);
        Assert.Contains("Kontrollera dina svar", check.Body!.TextContent);
        Assert.Contains("Jag har läst och godkänner villkoren", check.Body.TextContent);
        var response = await FornyaRecept.SendAsync(resident, check);

        var caseId = FornyaRecept.CaseIdFromReceipt(response);
        Assert.Matches("^[0-9a-f]{32}$", caseId);
        var receipt = await resident.PageAsync($"/kvitto/{caseId}");
        var reference = receipt.QuerySelector("#arendenummer")!.TextContent;
        Assert.Matches(Reference(), reference);

        var stored = Assert.Single(await CasesOf(resident.Personnummer));
        Assert.Equal((caseId, reference, "vc-eksjo", "jonkopings-lan", "fornya-recept", "resident-initiated"),
            (stored.Id, stored.Reference, stored.ClinicKey, stored.RegionKey, stored.Category, stored.FlowType));
        Assert.NotNull(stored.DueAt);
        var draftId = draftUrl.Split('/')[^1];
        var submission = await Host.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.CaseId == caseId));
        Assert.Equal(draftId, submission.IdempotencyKey);
        Assert.Contains("\"health_changed\":false", submission.Answers);
        Assert.Equal(0, await Host.QueryAsync(db => db.Drafts.CountAsync(d => d.Id == draftId)));
        Assert.Equal(1, await Host.QueryAsync(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == "Submitted")));
    }

    [Fact]
    public async Task The_submitted_case_starts_its_workflow_correlated_with_the_case_id()
    {
        var resident = await new ResidentBrowser(Host, "200106234966").LogInAsync();
        var (check, _) = await FornyaRecept.FillAsync(resident);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));

        var started = await Eventually.Async(() => Host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId)), w => w.StartedAt is not null);

        Assert.Equal("standard-case", started.DefinitionId);
        Assert.Contains($"\"caseId\":\"{caseId}\"", started.Inputs);
        var instances = await WorkflowInstancesAsync(Host, caseId);
        var instance = Assert.Single(instances);
        var record = Assert.Single(await CasesOf(resident.Personnummer));
        Assert.Equal(instance, record.WorkflowInstanceId);
    }

    [Fact]
    public async Task A_page_with_problems_shows_Swedish_messages_at_the_field_and_in_the_summary_and_stores_no_case()
    {
        var resident = await new ResidentBrowser(Host, "198902025710").LogInAsync();
        var page = await resident.PageAsync(await resident.StartFormAsync(FornyaRecept.Clinic, FornyaRecept.Form));

        var response = await resident.SubmitAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Fel:", shown.Title);
        Assert.Equal("Recept: Välj minst ett alternativ.", shown.QuerySelector(".fe-error-summary__list a")!.TextContent.Trim());
        Assert.Contains("Välj minst ett alternativ.", shown.QuerySelector("#prescriptions-field .fe-error-message, .fe-field--error .fe-error-message")!.TextContent);
        Assert.Empty(await CasesOf(resident.Personnummer));
    }

    [Fact]
    public async Task Sending_without_accepting_the_terms_is_refused_and_stores_no_case()
    {
        var resident = await new ResidentBrowser(Host, "194507042192").LogInAsync();
        var (check, _) = await FornyaRecept.FillAsync(resident);

        var response = await resident.SubmitAsync(check);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Du måste godkänna villkoren för att skicka.", await response.Content.ReadAsStringAsync());
        Assert.Empty(await CasesOf(resident.Personnummer));
    }

    [Fact]
    public async Task Pressing_send_twice_with_the_same_form_gives_one_case_and_the_same_receipt()
    {
        var resident = await new ResidentBrowser(Host, "198804116427").LogInAsync();
        var (check, _) = await FornyaRecept.FillAsync(resident);

        var responses = await Task.WhenAll(FornyaRecept.SendAsync(resident, check), FornyaRecept.SendAsync(resident, check));
        var again = await FornyaRecept.SendAsync(resident, check);

        var first = FornyaRecept.CaseIdFromReceipt(responses[0]);
        Assert.Equal(first, FornyaRecept.CaseIdFromReceipt(responses[1]));
        Assert.Equal(first, FornyaRecept.CaseIdFromReceipt(again));
        Assert.Single(await CasesOf(resident.Personnummer));
        Assert.Equal(1, await Host.QueryAsync(db => db.Submissions.CountAsync(s => s.SubmittedBy == resident.Personnummer)));
    }

    [Fact]
    public async Task A_draft_is_listed_resumed_where_the_resident_left_it_and_can_be_deleted()
    {
        var resident = await new ResidentBrowser(Host, "198509224625").LogInAsync();
        var draftUrl = await resident.StartFormAsync(FornyaRecept.Clinic, FornyaRecept.Form);
        var page = await resident.PageAsync(draftUrl);
        var prescription = page.QuerySelector<IHtmlInputElement>("input[name=prescriptions]")!.Value;
        await FornyaRecept.NextAsync(resident, await resident.SubmitAsync(page, ("prescriptions", prescription)), "?sida=2");

        var drafts = await resident.PageAsync("/utkast");
        var resume = drafts.QuerySelectorAll<IHtmlAnchorElement>("a.button").Single(a => a.TextContent.StartsWith("Fortsätt"));
        Assert.Equal($"{draftUrl}?sida=2", resume.GetAttribute("href"));
        var resumed = await resident.PageAsync(resume.GetAttribute("href")!);
        Assert.Contains("Ditt hälsotillstånd", resumed.Body!.TextContent);
        var first = await resident.PageAsync($"{draftUrl}?sida=1");
        Assert.True(first.QuerySelector<IHtmlInputElement>($"input[name=prescriptions][value='{prescription}']")!.IsChecked);

        var delete = drafts.QuerySelector<IHtmlFormElement>("form[action*='handler=Delete']")!;
        var deleted = await resident.Client.PostAsync(delete.GetAttribute("action"), new FormUrlEncodedContent(ResidentBrowser.Values(delete, [])));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Du har inga sparade utkast.", (await resident.PageAsync("/utkast")).Body!.TextContent);
    }

    [Fact]
    public async Task The_inbox_lists_the_case_and_its_page_shows_the_answers_but_another_resident_gets_404()
    {
        var resident = await new ResidentBrowser(Host, "191212121212").LogInAsync();
        var (check, _) = await FornyaRecept.FillAsync(resident);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));

        var inbox = await resident.PageAsync("/inkorg");
        var link = inbox.QuerySelectorAll<IHtmlAnchorElement>("a").FirstOrDefault(a => a.GetAttribute("href") == $"/inkorg/{caseId}");
        Assert.NotNull(link);
        Assert.Equal("Förnya recept", link.TextContent.Trim());
        var casePage = await resident.PageAsync($"/inkorg/{caseId}");
        var answers = casePage.QuerySelectorAll(".fe-summary-list__row").Select(r => r.TextContent).ToList();
        Assert.Contains(answers, a => a.Contains("Har ditt hälsotillstånd ändrats sedan du fick receptet?") && a.Contains("Nej"));
        Assert.Contains(answers, a => a.Contains("Recept") && (a.Contains("tabletter") || a.Contains("kapslar") || a.Contains("spray")));

        var other = await new ResidentBrowser(Host, "199205073159").LogInAsync();
        await other.PageAsync($"/inkorg/{caseId}", HttpStatusCode.NotFound);
        await other.PageAsync($"/kvitto/{caseId}", HttpStatusCode.NotFound);
        Assert.DoesNotContain(caseId, (await other.PageAsync("/inkorg")).Body!.InnerHtml);
    }

    [Theory]
    [InlineData("vc-eksjo", "meddelande-till-invanare")] // a template: staff send it, residents do not start it
    [InlineData("no-such-clinic", "fornya-recept")]
    [InlineData("vc-eksjo", "no-such-form")]
    public async Task A_form_the_clinic_does_not_offer_to_residents_is_not_found(string clinic, string form)
    {
        var resident = await new ResidentBrowser(Host, "196401307845").LogInAsync();

        var response = await resident.Client.GetAsync($"/mottagningar/{clinic}/{form}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static async Task<List<string>> WorkflowInstancesAsync(BootHost host, string caseId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        return await db.Instances.AsNoTracking().Where(i => i.CorrelationId == caseId).Select(i => i.Id).ToListAsync();
    }

    [GeneratedRegex("^FE-[2-9A-HJ-NP-TW-Z]{4}-[2-9A-HJ-NP-TW-Z]{4}$")]
    private static partial Regex Reference();
}
