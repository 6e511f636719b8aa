using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FormEngine.Host.Tests.Staff.StaffPeople;

namespace FormEngine.Host.Tests.Staff;

/// <summary>Invånarärende: staff send a message from a template to a resident.</summary>
public sealed class ResidentDialogueTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string NewUrl = "/personal/invanararende/nytt";

    private BootHost Host => shared.Host;

    private static string FormUrl(string template) => $"{NewUrl}?mall={template}&mottagning=vc-eksjo";

    [Theory]
    [InlineData(LockedLena, ResidentDialogues.Locked)]
    [InlineData(NeverLoggedInNils, ResidentDialogues.NeverLoggedIn)]
    public async Task Sending_to_a_locked_account_or_one_that_never_logged_in_is_refused_with_a_clear_message(string personnummer, string message)
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var form = await birgitta.PageAsync(FormUrl("meddelande-till-invanare"));

        var response = await birgitta.SubmitAsync(form, NewUrl, null, ("Personnummer", personnummer));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector(".error-summary a[href='#personnummer']")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#personnummer")!.GetAttribute("aria-invalid"));
        Assert.False(await Host.QueryAsync(db => db.Cases.AnyAsync(c => c.ResidentPersonnummer == personnummer)));
    }

    [Fact]
    public async Task An_information_message_is_prefilled_signed_sent_and_closed_and_staff_see_when_it_was_opened()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var form = await birgitta.PageAsync(FormUrl("meddelande-om-provsvar"));
        var template = Host.Definitions.Current("meddelande-om-provsvar")!.Definition.Message!;
        Assert.Equal(template.Subject.In("sv"), form.QuerySelector<IHtmlInputElement>("#subject")!.Value);
        Assert.Equal(template.Text.In("sv"), form.QuerySelector<IHtmlTextAreaElement>("#text")!.Value);
        Assert.Equal("Birgitta Mottagare", form.QuerySelector<IHtmlInputElement>("#signature-name")!.Value);
        Assert.Equal("Sjuksköterska", form.QuerySelector<IHtmlInputElement>("#signature-title")!.Value);
        var today = Host.Services.GetRequiredService<ResidentDialogues>().Today();
        Assert.Equal(today, form.QuerySelector<IHtmlInputElement>("#signature-date")!.Value);

        var response = await birgitta.SubmitAsync(form, NewUrl, null,
            ("Personnummer", "19121212-1212"), ("Text", "Ditt provsvar är normalt."), ("SignatureName", "Birgitta M."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseUrl = response.Headers.Location!.OriginalString;
        var caseId = caseUrl["/personal/arenden/".Length..caseUrl.IndexOf('?')];
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((Tolvan, CaseStarter.Staff, Birgitta, "staff-initiated", "invanararende"),
            (record.ResidentPersonnummer, record.StartedByKind, record.StartedBy, record.FlowType, record.Category));
        Assert.Equal((CaseStatus.Avslutad, "Information skickad"), (record.Status, record.ClosedReason));
        var message = Assert.Single(await StaffCases.MessagesAsync(Host, caseId));
        Assert.Equal((ResidentMessageKind.Information, template.Subject.In("sv")), (message.Kind, message.Subject));
        Assert.Equal($"Ditt provsvar är normalt.\n\nBirgitta M.\nSjuksköterska\nVårdcentralen Eksjö\n{today}", message.Text);
        Assert.Contains("Inte öppnat ännu", (await birgitta.PageAsync(caseUrl)).QuerySelector("section[aria-labelledby=meddelanden]")!.TextContent);

        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();
        await tolvan.PageAsync($"/inkorg/{caseId}");

        Assert.Contains("Öppnat av invånaren", (await birgitta.PageAsync(caseUrl)).QuerySelector("section[aria-labelledby=meddelanden]")!.TextContent);
    }

    [Fact]
    public async Task A_question_is_answered_by_the_resident_and_the_answer_lands_in_the_clinic_queue()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var response = await birgitta.SubmitAsync(await birgitta.PageAsync(FormUrl("bifoga-bild-till-varden")), NewUrl, null, ("Personnummer", Gustav));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseUrl = response.Headers.Location!.OriginalString;
        var caseId = caseUrl["/personal/arenden/".Length..caseUrl.IndexOf('?')];
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.VäntarPåInvånare, Birgitta), (record.Status, record.AssignedTo));
        Assert.Equal(ResidentMessageKind.Question, Assert.Single(await StaffCases.MessagesAsync(Host, caseId)).Kind);
        Assert.Null((await birgitta.PageAsync("/personal/inkorg")).QuerySelector($"a[href='{StaffCases.CaseUrl(caseId)}']"));

        var reply = await Host.Services.GetRequiredService<ResidentReplies>().ReplyAsync(Gustav, caseId, "Här är bilden.", []);
        Assert.Equal(ReplyOutcome.Sent, reply.Outcome);

        var decision = await StaffCases.WaitForDecisionAsync(Host, caseId);
        Assert.Equal(["Answered", "AskResident", "Close"], decision.Decisions);
        record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.Inkommen, "sjukskoterskor", (DateTimeOffset?)null), (record.Status, record.QueueKey, record.DistributedAt));
        Assert.NotNull(record.DueAt);
        Assert.NotNull((await birgitta.PageAsync("/personal/inkorg")).QuerySelector($"a[href='{StaffCases.CaseUrl(caseId)}']"));
    }

    [Fact]
    public async Task Pressing_send_twice_sends_one_message()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var form = await birgitta.PageAsync(FormUrl("meddelande-till-invanare"));
        const string erik = "198902025710";
        await new ResidentBrowser(Host, erik).LogInAsync(); // an account with an inbox

        var first = await birgitta.SubmitAsync(form, NewUrl, null, ("Personnummer", erik));
        var second = await birgitta.SubmitAsync(form, NewUrl, null, ("Personnummer", erik));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await Host.QueryAsync(db => db.Cases.CountAsync(c => c.ResidentPersonnummer == erik && c.StartedByKind == CaseStarter.Staff)));
    }

    [Fact]
    public async Task The_template_list_offers_the_four_national_templates()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();

        var page = await birgitta.PageAsync(NewUrl);

        var templates = page.QuerySelectorAll<IHtmlInputElement>("input[name=mall]").Select(i => i.Value).Order().ToList();
        Assert.Equal(["bifoga-bild-till-varden", "fragor-infor-sjukskrivning", "meddelande-om-provsvar", "meddelande-till-invanare"], templates);
    }
}
