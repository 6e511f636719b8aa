using System.Net;
using AngleSharp.Dom;
using FormEngine.Host.Programs;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using Microsoft.EntityFrameworkCore;
using static FormEngine.Host.Tests.Programs.ProgramSteps;

namespace FormEngine.Host.Tests.Programs;

/// <summary>
/// The resident's side through the real pages (on SQLite and, in test.sh, PostgreSQL): only their own programs
/// and open modules, a step form validated and stored with its workflow start in one go, the program-step workflow
/// recording it for the behandlare, and messages both ways with a content-free notification.
/// </summary>
public sealed class ResidentProgramTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Fatima = "198804116427";
    private const string Maja = "200106234966";
    private const string Nils = "199205073159";
    private const string Olle = "199105177357";
    private const string Erik = "198902025710";
    private BootHost Host => shared.Host;

    [Fact]
    public async Task The_demo_resident_sees_her_program_with_module_1_done_and_module_3_closed()
    {
        var stina = await new ResidentBrowser(Host, Stina).LogInAsync();
        var id = await StinasAssignmentAsync(Host);

        var list = await stina.PageAsync("/stod-och-behandling");
        Assert.Contains("Hantera stress", list.QuerySelector(".card")!.TextContent);
        var program = await stina.PageAsync($"/stod-och-behandling/{id}");
        var modules = program.QuerySelectorAll(".program-modules > li").Select(li => li.TextContent).ToList();
        Assert.Contains("Klar", modules[0]);
        Assert.Contains("Öppen", modules[1]);
        Assert.Contains("Inte öppnad än", modules[2]);
        Assert.Null(program.QuerySelectorAll(".program-modules > li")[2].QuerySelector("a"));

        var module2 = await stina.PageAsync($"/stod-och-behandling/{id}/registrering");
        Assert.Equal("Registrera din stress", module2.QuerySelector("h1")!.TextContent.Trim());
        await stina.PageAsync($"/stod-och-behandling/{id}/aterhamtning-och-somn", HttpStatusCode.NotFound);
        await stina.PageAsync($"/stod-och-behandling/{id}/aterhamtning-och-somn/somndagbok", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_residents_program_is_404_on_every_page_and_cannot_be_written_to()
    {
        var id = await StinasAssignmentAsync(Host);
        // Olle has no program of his own in this class.
        var olle = await new ResidentBrowser(Host, Olle).LogInAsync();

        await olle.PageAsync($"/stod-och-behandling/{id}", HttpStatusCode.NotFound);
        await olle.PageAsync($"/stod-och-behandling/{id}/registrering", HttpStatusCode.NotFound);
        await olle.PageAsync($"/stod-och-behandling/{id}/registrering/stressdagbok", HttpStatusCode.NotFound);
        var own = await olle.PageAsync("/stod-och-behandling");
        Assert.DoesNotContain("Hantera stress", own.QuerySelector("main")!.TextContent);

        var token = own.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var messages = await Host.QueryAsync(db => db.ProgramMessages.CountAsync());
        var post = await olle.Client.PostAsync($"/stod-och-behandling/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["meddelande"] = "Hej", ["__RequestVerificationToken"] = token ?? "",
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(messages, await Host.QueryAsync(db => db.ProgramMessages.CountAsync()));
    }

    [Fact]
    public async Task A_sent_step_is_stored_once_with_its_workflow_start_and_recorded_for_the_behandlare()
    {
        var id = await AssignAsync(await BehandlareAsync(Host), Fatima);
        var fatima = await new ResidentBrowser(Host, Fatima).LogInAsync();

        var sent = await SendStressScaleAsync(fatima, id, StressScale);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/stod-och-behandling/{id}/psykoedukation?skickat=true", sent.Headers.Location!.OriginalString);
        var submission = Assert.Single(await SubmissionsAsync(Host, id));
        Assert.Equal(("psykoedukation", "stresskattning", "stresskala", Fatima), (submission.ModuleKey, submission.StepKey, submission.FormKey, submission.SubmittedBy));
        Assert.Contains("\"tense\":\"4\"", submission.Answers);
        var start = await Host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == submission.Id));
        Assert.Equal("program-step", start.DefinitionId);
        Assert.DoesNotContain("Mycket möten", start.Inputs);
        Assert.False(await Host.QueryAsync(db => db.Drafts.AnyAsync(d => d.Id.StartsWith(ProgramDrafts.Prefix + id))));

        var recorded = await Eventually.Async(() => SubmissionsAsync(Host, id), s => s.Single().RecordedAt is not null);
        Assert.NotNull(recorded.Single().RecordedAt);
        Assert.True((await AssignmentAsync(Host, id)).NewForBehandlare);
        // The step is done: its form is gone, the module page says sent.
        await fatima.PageAsync($"/stod-och-behandling/{id}/psykoedukation/stresskattning", HttpStatusCode.NotFound);
        Assert.Contains("Skickat", (await fatima.PageAsync($"/stod-och-behandling/{id}/psykoedukation")).QuerySelector(".program-steps")!.TextContent);
    }

    [Fact]
    public async Task Sending_the_check_page_twice_stores_the_step_once()
    {
        var id = await AssignAsync(await BehandlareAsync(Host), Erik);
        var erik = await new ResidentBrowser(Host, Erik).LogInAsync();
        var url = $"/stod-och-behandling/{id}/psykoedukation/stresskattning";
        var first = await erik.SubmitAsync(await erik.PageAsync(url), StressScale);
        var check = await erik.PageAsync(first.Headers.Location!.OriginalString);

        var sent = await erik.SubmitAsync(check);
        var again = await erik.SubmitAsync(check);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.NotFound), (sent.StatusCode, again.StatusCode));
        Assert.Single(await SubmissionsAsync(Host, id));
    }

    [Fact]
    public async Task A_step_with_a_missing_answer_shows_the_error_and_stores_nothing()
    {
        var id = await AssignAsync(await BehandlareAsync(Host), Maja);
        var maja = await new ResidentBrowser(Host, Maja).LogInAsync();

        var response = await SendStressScaleAsync(maja, id, [.. StressScale.Where(a => a.Item1 != "tense")]);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.QuerySelector(".fe-error-summary, .error-summary"));
        Assert.Empty(await SubmissionsAsync(Host, id));
        Assert.Empty(await Host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().Where(w => w.DefinitionId == "program-step" && w.Inputs.Contains(id)).ToListAsync()));
    }

    [Fact]
    public async Task Messages_go_both_ways_and_the_residents_notification_says_nothing_about_them()
    {
        var staff = await BehandlareAsync(Host);
        var id = await AssignAsync(staff, Nils);
        var nils = await new ResidentBrowser(Host, Nils).LogInAsync();

        var programPage = await nils.PageAsync($"/stod-och-behandling/{id}");
        var form = programPage.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form").Single(f => f.QuerySelector("#meddelande") is not null);
        var sent = await nils.Client.PostAsync($"/stod-och-behandling/{id}", new FormUrlEncodedContent(
            ResidentBrowser.Values(form, [("meddelande", "Jag sover dåligt på söndagar.")])));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.True((await AssignmentAsync(Host, id)).NewForBehandlare);

        var staffPage = await staff.PageAsync($"/personal/behandling/{id}");
        Assert.Contains("Jag sover dåligt på söndagar.", staffPage.QuerySelector(".message-list")!.TextContent);
        var answer = await staff.SubmitAsync(staffPage, "handler=Message", null, ("meddelande", "Prova att lägga dig samma tid varje kväll."));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var notification = Assert.Single(await Host.QueryAsync(db => db.Notifications.AsNoTracking().Where(n => n.ResidentPersonnummer == Nils).ToListAsync()));
        Assert.Equal(StaffPrograms.NotificationText, notification.Text);
        Assert.Contains("Prova att lägga dig samma tid varje kväll.", (await nils.PageAsync($"/stod-och-behandling/{id}")).QuerySelector(".message-list")!.TextContent);
    }

    [Fact]
    public async Task An_empty_message_is_refused_with_an_error_at_the_field()
    {
        var id = await StinasAssignmentAsync(Host);
        var stina = await new ResidentBrowser(Host, Stina).LogInAsync();
        var page = await stina.PageAsync($"/stod-och-behandling/{id}");
        var form = page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlFormElement>("form").Single(f => f.QuerySelector("#meddelande") is not null);

        var response = await stina.Client.PostAsync($"/stod-och-behandling/{id}", new FormUrlEncodedContent(ResidentBrowser.Values(form, [("meddelande", "   ")])));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Skriv ett meddelande.", ResidentBrowser.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#meddelande-error")!.TextContent);
    }
}
