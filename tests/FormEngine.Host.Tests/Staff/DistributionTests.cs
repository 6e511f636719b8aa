using System.Net;
using AngleSharp.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FormEngine.Host.Tests.Staff.StaffPeople;

namespace FormEngine.Host.Tests.Staff;

/// <summary>The clinic inbox, distribution, the case view's access log and who may see a case. Each test has its own case.</summary>
public sealed class DistributionTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_new_case_waits_in_the_clinic_inbox_and_distributing_it_to_a_handler_makes_it_Fordelad_in_their_cases()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var link = $"a[href='{StaffCases.CaseUrl(caseId)}']";
        Assert.NotNull((await birgitta.PageAsync("/personal/inkorg")).QuerySelector(link));
        Assert.Equal(CaseStatus.Inkommen, (await StaffCases.CaseAsync(Host, caseId)).Status);

        var page = await birgitta.PageAsync(StaffCases.CaseUrl(caseId));
        var response = await birgitta.SubmitAsync(page, "handler=Distribute", null,
            ("Target", $"handler:{Johan}"), ("PartialReply", "Vi har tagit emot ditt ärende och svarar inom två dagar."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{StaffCases.CaseUrl(caseId)}?klart=fordelat", response.Headers.Location?.OriginalString);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.Fördelad, Johan), (record.Status, record.AssignedTo));
        Assert.NotNull(record.DistributedAt);
        var partial = Assert.Single(await StaffCases.MessagesAsync(Host, caseId));
        Assert.Equal((MessageDirection.ToResident, ResidentMessageKind.Information, "Birgitta Mottagare", "Sjuksköterska"),
            (partial.Direction, partial.Kind, partial.SenderName, partial.SenderTitle));
        Assert.Contains(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == "Distributed" && e.By == Birgitta && e.Detail == $"handler:{Johan}");
        Assert.Null((await birgitta.PageAsync("/personal/inkorg")).QuerySelector(link));
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();
        Assert.NotNull((await johan.PageAsync("/personal/mina-arenden")).QuerySelector($"section[aria-labelledby=assigned] {link}"));
    }

    [Fact]
    public async Task Distributing_to_a_group_shows_the_case_to_every_handler_of_the_clinic_and_it_can_be_redistributed()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();

        var response = await birgitta.SubmitAsync(await birgitta.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Distribute", null, ("Target", "group:lakare"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((CaseStatus.Fördelad, (string?)null, "lakare"), (record.Status, record.AssignedTo, record.QueueKey));
        var karin = await new StaffBrowser(Host, Karin).LogInAsync();
        Assert.NotNull((await karin.PageAsync("/personal/mina-arenden")).QuerySelector($"section[aria-labelledby=groups] a[href='{StaffCases.CaseUrl(caseId)}']"));

        var page = await birgitta.PageAsync(StaffCases.CaseUrl(caseId));
        Assert.Contains("Fördela om ärendet", page.QuerySelector("#fordela")!.TextContent);
        response = await birgitta.SubmitAsync(page, "handler=Distribute", null, ("Target", $"handler:{Karin}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Karin, (await StaffCases.CaseAsync(Host, caseId)).AssignedTo);
        Assert.Contains(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == "Redistributed" && e.Detail == $"handler:{Karin}");
    }

    [Fact]
    public async Task Distribution_needs_a_handler_or_group_of_the_clinic()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();

        var response = await birgitta.SubmitAsync(await birgitta.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Distribute", null, ("Target", $"handler:{Peter}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Välj en ärendehanterare eller en grupp på mottagningen.", (await StaffBrowser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent);
        Assert.Null((await StaffCases.CaseAsync(Host, caseId)).DistributedAt);
    }

    [Fact]
    public async Task Viewing_a_case_writes_the_access_log_and_listing_the_inbox_does_not()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var reference = (await StaffCases.CaseAsync(Host, caseId)).Reference;
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var before = await EntriesAsync();

        await birgitta.PageAsync("/personal/inkorg");
        Assert.Equal(before.Count, (await EntriesAsync()).Count);
        var page = await birgitta.PageAsync(StaffCases.CaseUrl(caseId));

        var entry = Assert.Single(await EntriesAsync(), e => e.What.Contains(reference));
        Assert.Equal((Birgitta, Gustav, "vc-eksjo", "read"), (entry.StaffHsaId, entry.ResidentPersonnummer, entry.ClinicKey, entry.Action));
        // The page shows the answers (labelled by the form version used); the log names what was read, never the data.
        Assert.NotEmpty(page.QuerySelectorAll(".answer-list dt"));
        Assert.DoesNotContain(page.QuerySelectorAll(".answer-list dd").Select(d => d.TextContent.Trim()), v => entry.What.Contains(v));

        Task<List<AccessLogEntry>> EntriesAsync() =>
            Host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.StaffHsaId == Birgitta && e.ResidentPersonnummer == Gustav).ToListAsync());
    }

    [Fact]
    public async Task Staff_of_another_clinic_get_404_on_the_case_and_cannot_act_on_it()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var peter = await new StaffBrowser(Host, Peter).LogInAsync();

        await peter.PageAsync(StaffCases.CaseUrl(caseId), HttpStatusCode.NotFound);
        var decide = await PageForms.PostAsync(peter.Client, $"{StaffCases.CaseUrl(caseId)}?handler=Decide",
            new Dictionary<string, string> { ["Revision"] = "1", ["Decision"] = "Close" }, formPage: "/personal/mina-arenden");
        var distribute = await PageForms.PostAsync(peter.Client, $"{StaffCases.CaseUrl(caseId)}?handler=Distribute",
            new Dictionary<string, string> { ["Revision"] = "1", ["Target"] = "group:lakare" }, formPage: "/personal/mina-arenden");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (decide.StatusCode, distribute.StatusCode));
        Assert.NotNull(await StaffCases.DecisionAsync(Host, caseId));
        Assert.Null((await StaffCases.CaseAsync(Host, caseId)).DistributedAt);
        Assert.Empty(await Host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.StaffHsaId == Peter).ToListAsync()));
    }

    [Fact]
    public async Task Staff_of_another_clinic_opening_a_case_do_not_mark_the_residents_reply_read()
    {
        const string maja = "200106234966";
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var page = await birgitta.PageAsync("/personal/invanararende/nytt?mall=bifoga-bild-till-varden&mottagning=vc-eksjo");
        var sent = await birgitta.SubmitAsync(page, "/personal/invanararende/nytt", null, ("Personnummer", maja));
        var url = sent.Headers.Location!.OriginalString;
        var caseId = url["/personal/arenden/".Length..url.IndexOf('?')];
        Assert.Equal(ReplyOutcome.Sent, (await Host.Services.GetRequiredService<ResidentReplies>().ReplyAsync(maja, caseId, "Här är bilden.", [])).Outcome);
        Task<DateTimeOffset?> ReadAtAsync() => Host.QueryAsync(db => db.Messages.AsNoTracking()
            .Where(m => m.CaseId == caseId && m.Direction == MessageDirection.FromResident).Select(m => m.ReadAt).SingleAsync());

        var peter = await new StaffBrowser(Host, Peter).LogInAsync();
        await peter.PageAsync(StaffCases.CaseUrl(caseId), HttpStatusCode.NotFound);

        Assert.Null(await ReadAtAsync());
        Assert.False(await Host.QueryAsync(db => db.AccessLog.AnyAsync(e => e.StaffHsaId == Peter)));
        await birgitta.PageAsync(StaffCases.CaseUrl(caseId));
        Assert.NotNull(await ReadAtAsync());
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Contains(await Host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.StaffHsaId == Birgitta).ToListAsync()),
            e => e.Action == AccessLog.Read && e.What == AccessLog.CaseViewed(record));
    }

    [Fact]
    public async Task A_handler_takes_a_group_case_to_themselves_and_a_second_take_on_the_same_page_is_a_conflict()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        Assert.Null((await birgitta.PageAsync(StaffCases.CaseUrl(caseId))).QuerySelector("form[action*='handler=Take']"));
        await birgitta.SubmitAsync(await birgitta.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Distribute", null, ("Target", "group:lakare"));
        var karin = await new StaffBrowser(Host, Karin).LogInAsync();
        var johan = await new StaffBrowser(Host, Johan).LogInAsync();
        var karinsPage = await karin.PageAsync(StaffCases.CaseUrl(caseId));
        var johansPage = await johan.PageAsync(StaffCases.CaseUrl(caseId));

        var taken = await karin.SubmitAsync(karinsPage, "handler=Take", null);
        var late = await johan.SubmitAsync(johansPage, "handler=Take", null);

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal($"{StaffCases.CaseUrl(caseId)}?klart=taget", taken.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains(StaffActionResult.ConflictMessage, (await StaffBrowser.ParseAsync(late)).QuerySelector("[role=alert]")!.TextContent);
        var record = await StaffCases.CaseAsync(Host, caseId);
        Assert.Equal((Karin, CaseStatus.Fördelad, "lakare"), (record.AssignedTo, record.Status, record.QueueKey));
        Assert.Single(await StaffCases.EventsAsync(Host, caseId), e => e.Kind == CaseHistory.Taken && e.By == Karin);
        var mine = await karin.PageAsync("/personal/mina-arenden");
        Assert.NotNull(mine.QuerySelector($"section[aria-labelledby=assigned] a[href='{StaffCases.CaseUrl(caseId)}']"));
        Assert.Null(mine.QuerySelector($"section[aria-labelledby=groups] a[href='{StaffCases.CaseUrl(caseId)}']"));
        Assert.Null((await karin.PageAsync(StaffCases.CaseUrl(caseId))).QuerySelector("form[action*='handler=Take']"));
    }

    [Fact]
    public async Task Only_a_handler_at_the_clinic_can_take_a_group_case()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        await birgitta.SubmitAsync(await birgitta.PageAsync(StaffCases.CaseUrl(caseId)), "handler=Distribute", null, ("Target", "group:lakare"));
        var revision = (await StaffCases.CaseAsync(Host, caseId)).Revision.ToString();
        var peter = await new StaffBrowser(Host, Peter).LogInAsync();

        var response = await PageForms.PostAsync(peter.Client, $"{StaffCases.CaseUrl(caseId)}?handler=Take",
            new Dictionary<string, string> { ["Revision"] = revision }, formPage: "/personal/mina-arenden");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await StaffCases.CaseAsync(Host, caseId)).AssignedTo);
    }

    [Fact]
    public async Task A_handler_who_is_not_a_receiver_cannot_distribute()
    {
        var caseId = await StaffCases.SubmitAsync(Host);
        var karin = await new StaffBrowser(Host, Karin).LogInAsync();
        var page = await karin.PageAsync(StaffCases.CaseUrl(caseId));
        Assert.Null(page.QuerySelector("#fordela"));

        var response = await PageForms.PostAsync(karin.Client, $"{StaffCases.CaseUrl(caseId)}?handler=Distribute",
            new Dictionary<string, string> { ["Revision"] = (await StaffCases.CaseAsync(Host, caseId)).Revision.ToString(), ["Target"] = "group:lakare" },
            formPage: StaffCases.CaseUrl(caseId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await StaffCases.CaseAsync(Host, caseId)).DistributedAt);
    }

    [Fact]
    public async Task The_inbox_marks_overdue_cases_and_residents_with_skyddad_identitet()
    {
        const string sara = "196401307845";
        var protectedCase = await StaffCases.SubmitAsync(Host, sara);
        var overdueCase = await StaffCases.SubmitAsync(Host, Tolvan);
        await Host.QueryAsync(db => db.Cases.Where(c => c.Id == overdueCase)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DueAt, DateTimeOffset.UtcNow.AddHours(-1))));
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();

        var inbox = await birgitta.PageAsync("/personal/inkorg");

        var protectedRow = inbox.QuerySelector($"a[href='{StaffCases.CaseUrl(protectedCase)}']")!.Closest("tr")!;
        var overdueRow = inbox.QuerySelector($"a[href='{StaffCases.CaseUrl(overdueCase)}']")!.Closest("tr")!;
        Assert.Contains("Skyddad identitet", protectedRow.QuerySelector(".protected-identity")!.TextContent);
        Assert.Null(overdueRow.QuerySelector(".protected-identity"));
        Assert.Contains("Försenad", overdueRow.TextContent);
        Assert.DoesNotContain("Försenad", protectedRow.TextContent);
        Assert.NotNull((await birgitta.PageAsync(StaffCases.CaseUrl(protectedCase))).QuerySelector("#om-arendet ~ dl .protected-identity, .case-facts .protected-identity"));
    }
}
