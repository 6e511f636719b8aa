using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using static FormEngine.Host.Tests.Residents.TemplateReplies;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// A question from an invånarärende template with pages is answered in the template's form: validated at the
/// fields, stored as a submission of the reply, and the case goes back to the clinic queue.
/// </summary>
public sealed class TemplateReplyTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_picture_and_a_description_answer_Bifoga_bild_and_staff_see_them_with_the_case_back_in_the_queue()
    {
        var caseId = await AskAsync(Host, "bifoga-bild-till-varden", StaffPeople.Gustav);
        var resident = await new ResidentBrowser(Host, StaffPeople.Gustav).LogInAsync();
        var casePage = await resident.PageAsync($"/inkorg/{caseId}");
        Assert.Null(casePage.QuerySelector("textarea[name=svar]"));
        var formPage = await resident.PageAsync(casePage.QuerySelector<IHtmlAnchorElement>($"a[href='/inkorg/{caseId}/svar']")!.GetAttribute("href")!);

        var toCheck = await PostAsync(resident, formPage, [("description", "Ett rött utslag på underarmen, större sedan i måndags.")], [("images", "arm.png", Png)]);
        Assert.Equal(HttpStatusCode.Redirect, toCheck.StatusCode);
        var check = await resident.PageAsync(toCheck.Headers.Location!.OriginalString);
        Assert.Contains("arm.png", check.QuerySelector("form.fe-form")!.TextContent);
        var sent = await resident.SubmitAsync(check);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/inkorg/{caseId}?skickat=true", sent.Headers.Location!.OriginalString);
        var reply = Assert.Single(await StaffCases.MessagesAsync(Host, caseId), m => m.Direction == MessageDirection.FromResident);
        var submission = await Host.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.CaseId == caseId));
        Assert.Equal((reply.Id, "bifoga-bild-till-varden", 1), (submission.MessageId, submission.FormKey, submission.FormVersion));
        var answers = JsonNode.Parse(submission.Answers)!;
        Assert.Equal("Ett rött utslag på underarmen, större sedan i måndags.", answers["description"]!.GetValue<string>());
        var image = answers["images"]![0]!;
        Assert.Equal(("arm.png", "image/png", (long)Png.Length), (image["name"]!.GetValue<string>(), image["content_type"]!.GetValue<string>(), image["size"]!.GetValue<long>()));
        var attachment = await Host.QueryAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.Id == image["id"]!.GetValue<string>()));
        Assert.Equal((caseId, submission.Id), (attachment.CaseId, attachment.OwnerId));
        Assert.False(await Host.QueryAsync(db => db.Drafts.AnyAsync(d => d.Id == caseId)));

        var decision = await StaffCases.WaitForDecisionAsync(Host, caseId);
        Assert.Contains("AskResident", decision.Decisions);
        Assert.Equal("Inkommen", (await StaffCases.CaseAsync(Host, caseId)).Status);
        var staffView = await (await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync()).PageAsync(StaffCases.CaseUrl(caseId));
        Assert.Contains("Ett rött utslag på underarmen", staffView.Body!.TextContent);
        Assert.Contains("arm.png", staffView.Body!.TextContent);
        var answeredPage = await resident.PageAsync($"/inkorg/{caseId}");
        Assert.Contains("Ett rött utslag på underarmen", answeredPage.Body!.TextContent);
        Assert.Null(answeredPage.QuerySelector($"a[href='/inkorg/{caseId}/svar']"));
    }

    [Fact]
    public async Task A_missing_required_answer_in_Fragor_infor_sjukskrivning_is_shown_at_its_field_and_nothing_is_sent()
    {
        var caseId = await AskAsync(Host, "fragor-infor-sjukskrivning", StaffPeople.Tolvan);
        var resident = await new ResidentBrowser(Host, StaffPeople.Tolvan).LogInAsync();
        var work = await resident.PageAsync($"/inkorg/{caseId}/svar");

        var response = await resident.SubmitAsync(work, ("occupation_status", ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        var link = page.QuerySelector<IHtmlAnchorElement>(".fe-error-summary a")!;
        Assert.Equal("Vad gör du huvudsakligen?: Välj ett svar.", link.TextContent.Trim());
        var field = page.QuerySelector(link.GetAttribute("href")!)!.Closest(".fe-field")!;
        Assert.Contains("Välj ett svar.", field.TextContent);
        Assert.StartsWith("Fel:", page.Title);
        Assert.Empty(await Host.QueryAsync(db => db.Messages.AsNoTracking().Where(m => m.CaseId == caseId && m.Direction == MessageDirection.FromResident).ToListAsync()));
        Assert.False(await Host.QueryAsync(db => db.Submissions.AnyAsync(s => s.CaseId == caseId)));
        Assert.Equal("VäntarPåInvånare", (await StaffCases.CaseAsync(Host, caseId)).Status);
    }

    [Fact]
    public async Task Valid_answers_to_Fragor_infor_sjukskrivning_are_stored_with_the_reply_and_the_case_returns_to_the_clinic_queue()
    {
        var caseId = await AskAsync(Host, "fragor-infor-sjukskrivning", StaffPeople.Tolvan);
        var resident = await new ResidentBrowser(Host, StaffPeople.Tolvan).LogInAsync();

        var toSymptoms = await resident.SubmitAsync(await resident.PageAsync($"/inkorg/{caseId}/svar"),
            ("occupation_status", "employed"), ("occupation", "Undersköterska på äldreboende"), ("working_hours", "75"));
        Assert.Equal(HttpStatusCode.Redirect, toSymptoms.StatusCode);
        var toCheck = await resident.SubmitAsync(await resident.PageAsync(toSymptoms.Headers.Location!.OriginalString),
            ("symptoms_since", "2024-01-15"), ("work_impact", "Kan inte lyfta eller bära."), ("off_work", "false"), ("other_tasks_possible", "partly"));
        Assert.Equal(HttpStatusCode.Redirect, toCheck.StatusCode);
        var sent = await resident.SubmitAsync(await resident.PageAsync(toCheck.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var reply = Assert.Single(await StaffCases.MessagesAsync(Host, caseId), m => m.Direction == MessageDirection.FromResident);
        var submission = await Host.QueryAsync(db => db.Submissions.AsNoTracking().SingleAsync(s => s.CaseId == caseId));
        Assert.Equal(reply.Id, submission.MessageId);
        var answers = JsonNode.Parse(submission.Answers)!;
        Assert.Equal(("employed", 75, "partly"), (answers["occupation_status"]!.GetValue<string>(), answers["working_hours"]!.GetValue<int>(), answers["other_tasks_possible"]!.GetValue<string>()));
        await StaffCases.WaitForDecisionAsync(Host, caseId);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal(("Inkommen", "vc-eksjo"), (record.Status, record.ClinicKey));
        Assert.NotNull((await (await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync()).PageAsync("/personal/inkorg"))
            .QuerySelector($"a[href='{StaffCases.CaseUrl(caseId)}']"));
    }

    [Fact]
    public async Task An_HTML_file_named_png_is_reported_at_the_file_field_and_not_stored()
    {
        var caseId = await AskAsync(Host, "bifoga-bild-till-varden", StaffPeople.Gustav);
        var resident = await new ResidentBrowser(Host, StaffPeople.Gustav).LogInAsync();
        var formPage = await resident.PageAsync($"/inkorg/{caseId}/svar");

        var response = await PostAsync(resident, formPage, [("description", "Utslaget")], [("images", "bild.png", "<html><script>alert(1)</script></html>"u8.ToArray())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector(".notice--error"));
        var link = Assert.Single(page.QuerySelectorAll<IHtmlAnchorElement>(".fe-error-summary a"));
        Assert.StartsWith("Bifoga bilder: Filen måste vara av typen", link.TextContent.Trim());
        var input = page.QuerySelector<IHtmlInputElement>("input[type=file][name=images]")!;
        Assert.Equal("#" + input.Id, link.GetAttribute("href"));
        Assert.Contains("Filen måste vara av typen", input.Closest(".fe-field")!.QuerySelector(".fe-error-message, [id$='-error']")?.TextContent ?? input.Closest(".fe-field")!.TextContent);
        Assert.False(await Host.QueryAsync(db => db.Attachments.AnyAsync(a => a.UploadedBy == StaffPeople.Gustav && a.FileName == "bild.png" && a.OwnerId == caseId)));
        Assert.False(await Host.QueryAsync(db => db.Messages.AnyAsync(m => m.CaseId == caseId && m.Direction == MessageDirection.FromResident)));
    }
}
