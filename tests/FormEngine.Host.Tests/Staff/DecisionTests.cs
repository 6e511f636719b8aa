using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FormEngine.Host.Tests.Staff.StaffPeople;

namespace FormEngine.Host.Tests.Staff;

/// <summary>The decisions the case workflow offers, taken on the case page; each test has its own case.</summary>
public sealed class DecisionTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Conflict = "Ärendet har ändrats av någon annan. Ladda om sidan.";

    private BootHost Host => shared.Host;

    [Fact]
    public async Task The_page_offers_exactly_the_decisions_of_the_waiting_workflow_step()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();

        var page = await johan.PageAsync(StaffCases.CaseUrl(caseId));

        var offered = page.QuerySelectorAll<IHtmlButtonElement>("button[name=Decision]").Select(b => b.Value).Order().ToList();
        Assert.Equal(["Answered", "AskResident", "Close", "Forward"], offered);
        Assert.Equal((await StaffCases.DecisionAsync(Host, caseId))!.Decisions.Order(), offered);
    }

    [Fact]
    public async Task Answering_with_a_standard_reply_sends_it_signed_to_the_resident_and_closes_the_case()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();
        var page = await johan.PageAsync(StaffCases.CaseUrl(caseId));

        // Without JavaScript: the standard reply is put into the message box by a post-back; nothing is sent yet.
        var inserted = await johan.PressAsync(page, "handler=Decide", "handler=InsertReply", ("StandardReply", "recept-fornyat"));
        Assert.Equal(HttpStatusCode.OK, inserted.StatusCode);
        page = await StaffBrowser.ParseAsync(inserted);
        var text = page.QuerySelector<IHtmlTextAreaElement>("#message")!.Value;
        Assert.StartsWith("Hej! Ditt recept är förnyat", text);
        Assert.Empty(await StaffCases.MessagesAsync(Host, caseId));

        var response = await johan.SubmitAsync(page, "handler=Decide", ("Decision", "Answered"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{StaffCases.CaseUrl(caseId)}?klart=besvarat", response.Headers.Location?.OriginalString);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.Avslutad, CaseClosingReason.Answered), (record.Status, record.ClosedReason));
        var answer = Assert.Single(await StaffCases.MessagesAsync(Host, caseId));
        Assert.Equal((MessageDirection.ToResident, ResidentMessageKind.Information, text, "Johan Läkarsson", "Läkare"),
            (answer.Direction, answer.Kind, answer.Text, answer.SenderName, answer.SenderTitle));
        Assert.True(await Host.QueryAsync(db => db.Notifications.AnyAsync(n => n.CaseId == caseId && n.ResidentPersonnummer == Gustav)));
        var closed = await johan.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Empty(closed.QuerySelectorAll("button[name=Decision]"));
        Assert.Contains("Svaret är skickat och ärendet avslutat.", closed.QuerySelector("[role=status]")!.TextContent);
    }

    [Theory]
    [InlineData("Answered", "Skriv ett svar till invånaren.")]
    [InlineData("AskResident", "Skriv frågan till invånaren.")]
    public async Task Answering_and_asking_need_a_message_and_without_one_nothing_happens(string decision, string message)
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();

        var response = await johan.SubmitAsync(await johan.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Decide", ("Decision", decision), ("Message", "  "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector(".error-summary a[href='#message']")!.TextContent);
        Assert.Contains(message, page.QuerySelector("#message-error")!.TextContent);
        Assert.NotNull(await StaffCases.DecisionAsync(Host, caseId));
        Assert.Empty(await StaffCases.MessagesAsync(Host, caseId));
        Assert.DoesNotContain(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == "Decision");
    }

    [Fact]
    public async Task Asking_the_resident_waits_for_the_reply_which_puts_the_case_back_in_the_clinic_inbox()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        await birgitta.SubmitAsync(await birgitta.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Distribute", null, ("Target", $"handler:{Johan}"));
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();

        var response = await johan.SubmitAsync(await johan.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Decide", ("Decision", "AskResident"),
            ("Message", "Hur länge har du tagit medicinen?"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.VäntarPåInvånare, Johan), (record.Status, record.AssignedTo));
        var question = Assert.Single(await StaffCases.MessagesAsync(Host, caseId));
        Assert.Equal((ResidentMessageKind.Question, "Hur länge har du tagit medicinen?"), (question.Kind, question.Text));
        Assert.Null(await StaffCases.DecisionAsync(Host, caseId));
        var waitingPage = await johan.PageAsync(StaffCases.CaseUrl(caseId));
        Assert.Empty(waitingPage.QuerySelectorAll("button[name=Decision]"));
        Assert.Contains("Ärendet väntar på svar från invånaren.", waitingPage.QuerySelector(".notice")!.TextContent);

        var reply = await Host.Services.GetRequiredService<ResidentReplies>().ReplyAsync(Gustav, caseId, "I tre år.", []);
        Assert.Equal(ReplyOutcome.Sent, reply.Outcome);

        var decision = await StaffCases.WaitForDecisionAsync(Host, caseId);
        Assert.Contains("Answered", decision.Decisions);
        record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.Inkommen, (string?)null, (DateTimeOffset?)null), (record.Status, record.AssignedTo, record.DistributedAt));
        Assert.NotNull((await birgitta.PageAsync("/personal/inkorg")).QuerySelector($"a[href='{StaffCases.CaseUrl(caseId)}']"));
        var view = await johan.PageAsync(StaffCases.CaseUrl(caseId));
        Assert.Contains("I tre år.", view.QuerySelector("section[aria-labelledby=meddelanden]")!.TextContent);
    }

    [Fact]
    public async Task Two_staff_answering_at_once_exactly_one_wins_and_the_other_is_told_to_reload()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();
        var birgittasPage = await birgitta.PageAsync(StaffCases.CaseUrl(caseId));
        var johansPage = await johan.PageAsync(StaffCases.CaseUrl(caseId));

        var responses = await Task.WhenAll(
            birgitta.SubmitAsync(birgittasPage, "handler=Decide", ("Decision", "Answered"), ("Message", "Svar från Birgitta.")),
            johan.SubmitAsync(johansPage, "handler=Decide", ("Decision", "Answered"), ("Message", "Svar från Johan.")));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(Conflict, (await StaffBrowser.ParseAsync(loser)).QuerySelector("[role=alert].notice")!.TextContent.Trim());
        var answer = Assert.Single(await StaffCases.MessagesAsync(Host, caseId));
        Assert.Single(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == "Decision");
        Assert.Single(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == "Closed");
        Assert.Equal(answer.SentBy == Birgitta ? "Svar från Birgitta." : "Svar från Johan.", answer.Text);
    }

    [Fact]
    public async Task Posting_the_same_page_twice_applies_the_decision_once()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();
        var page = await johan.PageAsync(StaffCases.CaseUrl(caseId));

        var first = await johan.SubmitAsync(page, "handler=Decide", ("Decision", "Close"));
        var second = await johan.SubmitAsync(page, "handler=Decide", ("Decision", "Close"));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Conflict), (first.StatusCode, second.StatusCode));
        Assert.Contains(Conflict, await second.Content.ReadAsStringAsync());
        var events = await StaffCases.EventsAsync(Host, caseId);
        Assert.Single(events, e => e.Kind == "Decision");
        Assert.Single(events, e => e.Kind == "Closed" && e.Detail == CaseClosingReason.ClosedByStaff);
    }

    [Fact]
    public async Task Forwarding_moves_the_case_to_the_inbox_of_another_clinic_offering_the_e_service()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();
        var page = await johan.PageAsync(StaffCases.CaseUrl(caseId));
        var targets = page.QuerySelectorAll<IHtmlOptionElement>("#forward-to option").Select(o => o.Value).Where(v => v != "").ToList();
        Assert.Contains("vc-tranas", targets);
        Assert.DoesNotContain("vc-eksjo", targets);

        var invalid = await johan.SubmitAsync(page, "handler=Decide", ("Decision", "Forward"), ("ForwardTo", "vc-eksjo"));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Välj en annan mottagning som erbjuder den här e-tjänsten.", await invalid.Content.ReadAsStringAsync());

        var response = await johan.SubmitAsync(page, "handler=Decide", ("Decision", "Forward"), ("ForwardTo", "vc-tranas"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await StaffCases.WaitForDecisionAsync(Host, caseId);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal(("vc-tranas", "lakare", CaseStatus.Inkommen), (record.ClinicKey, record.QueueKey, record.Status));
        Assert.Contains(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == "Forwarded" && e.ClinicKey == "vc-tranas");
        var maria = await new StaffBrowser(Host, "SE2321000065-P00000000004").LogInAsync();
        Assert.NotNull((await maria.PageAsync("/personal/inkorg")).QuerySelector($"a[href='{StaffCases.CaseUrl(caseId)}']"));
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        await birgitta.PageAsync(StaffCases.CaseUrl(caseId), HttpStatusCode.NotFound);
    }
}
