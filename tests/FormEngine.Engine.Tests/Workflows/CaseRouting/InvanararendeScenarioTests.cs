using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// definitions/workflows/invanararende.json started from the national templates in definitions/templates, on the
/// real runtime: information is sent, notified and closed; a question waits for the resident, and their reply
/// goes to the clinic's queue for a staff decision. Asserts the case's effects in order.
/// </summary>
public class InvanararendeScenarioTests
{
    private const string Notice = "Notification: " + NotificationTexts.NewMessage;
    private const string PictureRequest = "Hej! Vi vill att du tar en bild av utslaget och skickar den till oss.\n\nAnna Berg, sjuksköterska, 2 mars 2026";
    private static readonly string[] QuestionSent = ["Question: " + PictureRequest, Notice, "Status: VäntarPåInvånare"];
    private static readonly string[] ReplyArrived = ["Routed: vc-norr/inkorg", "Status: Inkommen"];

    private readonly InvanararendeHost _host = new();

    [Fact]
    public async Task An_information_message_is_sent_notified_and_the_case_closed()
    {
        var template = InvanararendeHost.MessageOf("meddelande-om-provsvar").Text.In("sv");
        var text = template.Replace("[datum]", "24 februari").Replace("[Skriv provsvaret och vad det betyder för dig.]", "Provsvaret är normalt.");

        var instance = await _host.SendAsync("meddelande-om-provsvar", text);

        Assert.Equal(WorkflowSubStatus.Finished, instance.SubStatus);
        Assert.Equal(["Information: " + text, Notice, "Closed: Information skickad"], _host.Effects());
        Assert.Equal(CaseStatus.Avslutad, _host.Cases.Find(InvanararendeHost.CaseId)!.Status);
        Assert.Empty(await _host.BookmarksAsync());
    }

    [Fact]
    public async Task A_question_is_sent_and_waits_for_the_resident_with_a_deadline()
    {
        var instance = await _host.SendAsync("bifoga-bild-till-varden", PictureRequest);

        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        Assert.Equal(QuestionSent, _host.Effects());
        var bookmarks = await _host.BookmarksAsync();
        Assert.Equal(AwaitResidentReply.TypeName, Assert.Single(bookmarks, b => b.ResumeAt is null).Name);
        Assert.Equal(InvanararendeHost.CaseId, Assert.Single(bookmarks, b => b.ResumeAt is null).CorrelationId);
        // Ten working days from Monday 2 March: Monday 16 March, ending at midnight.
        Assert.Equal(DateTimeOffset.Parse("2026-03-17T00:00:00+01:00"), Assert.Single(bookmarks, b => b.ResumeAt is not null).ResumeAt);
    }

    [Fact]
    public async Task A_reply_goes_to_the_clinics_queue_and_awaits_a_staff_decision()
    {
        await _host.SendAsync("bifoga-bild-till-varden", PictureRequest);

        await _host.ReplyAsync();

        Assert.Equal([.. QuestionSent, .. ReplyArrived], _host.Effects());
        Assert.Equal(WorkflowSubStatus.Suspended, (await _host.InstanceAsync()).SubStatus);
        var bookmarks = await _host.BookmarksAsync();
        var decision = Assert.Single(bookmarks, b => b.Name == AwaitStaffDecision.TypeName);
        Assert.Equal(["Answered", "AskResident", "Close"], decision.Payload!["decisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        // The clinic's reply time, two working days from Monday: the end of Wednesday 4 March.
        Assert.Equal(DateTimeOffset.Parse("2026-03-05T00:00:00+01:00"), Assert.Single(bookmarks, b => b.ResumeAt is not null).ResumeAt);
    }

    [Fact]
    public async Task Answered_after_the_reply_sends_the_answer_and_closes()
    {
        await _host.SendAsync("bifoga-bild-till-varden", PictureRequest);
        await _host.ReplyAsync();

        await _host.DecideAsync("Answered", message: "Tack för bilden. Det ser ut som eksem; smörj med mjukgörande kräm.");

        Assert.Equal(
            [.. QuestionSent, .. ReplyArrived, "Information: Tack för bilden. Det ser ut som eksem; smörj med mjukgörande kräm.",
             "Status: Besvarad", Notice, "Closed: Besvarat"],
            _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task AskResident_asks_again_and_the_next_reply_returns_to_the_queue()
    {
        await _host.SendAsync("fragor-infor-sjukskrivning", "Hej! Svara på frågorna inför ditt besök.");
        await _host.ReplyAsync();

        await _host.DecideAsync("AskResident", message: "Vilken arbetsgivare har du?");
        Assert.Equal(AwaitResidentReply.TypeName, Assert.Single(await _host.BookmarksAsync(), b => b.ResumeAt is null).Name);
        await _host.ReplyAsync();
        await _host.DecideAsync("Close");

        Assert.Equal(
            ["Question: Hej! Svara på frågorna inför ditt besök.", Notice, "Status: VäntarPåInvånare", .. ReplyArrived,
             "Question: Vilken arbetsgivare har du?", Notice, "Status: VäntarPåInvånare", .. ReplyArrived,
             "Closed: Avslutat av mottagningen"],
            _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task No_reply_in_time_closes_the_case()
    {
        await _host.SendAsync("bifoga-bild-till-varden", PictureRequest);
        var deadline = Assert.Single(await _host.BookmarksAsync(), b => b.ResumeAt is not null).ResumeAt!.Value;

        await _host.AdvanceToAsync(deadline.AddMinutes(-1));
        Assert.Equal(WorkflowSubStatus.Suspended, (await _host.InstanceAsync()).SubStatus);
        await _host.AdvanceToAsync(deadline);

        Assert.Equal([.. QuestionSent, "Closed: Inget svar från invånaren"], _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task A_reply_goes_to_the_queue_the_sender_chose()
    {
        await _host.SendAsync("bifoga-bild-till-varden", PictureRequest, queueKey: "sjukskoterska");

        await _host.ReplyAsync();

        Assert.Equal([.. QuestionSent, "Routed: vc-norr/sjukskoterska", "Status: Inkommen"], _host.Effects());
    }

    [Fact]
    public async Task Staff_text_is_sent_as_written_and_never_evaluated_as_a_template()
    {
        const string text = "Hej! Skriv {{ Input.caseId }} och {% if true %}x{% endif %} i svaret.";

        await _host.SendAsync("meddelande-till-invanare", text);

        Assert.Equal("Information: " + text, _host.Effects()[0]);
    }

    [Theory]
    [InlineData("fraga", "Hej!")]
    [InlineData("question", "   ")]
    public async Task An_unknown_kind_or_an_empty_text_faults_before_anything_is_sent(string kind, string text)
    {
        var instance = await _host.SendAsync("bifoga-bild-till-varden", text, messageKind: kind);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Equal(kind == "fraga" ? SendToResident.UnknownKind : SendToResident.EmptyMessage, Assert.Single(instance.Incidents).Code);
        Assert.Empty(_host.Effects());
    }
}
