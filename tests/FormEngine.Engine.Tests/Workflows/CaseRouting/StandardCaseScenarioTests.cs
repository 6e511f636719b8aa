using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// definitions/workflows/standard-case.json driven through every decision path on the real runtime, asserting
/// the case's queue routes, statuses, messages, notifications (fixed text only) and closing, in order.
/// </summary>
public class StandardCaseScenarioTests
{
    private const string Notice = "Notification: " + NotificationTexts.NewMessage;
    // After routing the case waits in the queue: Inkommen until staff distribute it (the host sets Fördelad then).
    private static readonly string[] Arrival = ["Routed: vc-norr/inkorg", "Status: Inkommen"];
    private static readonly string[] Answer =
        ["Information: Receptet är förnyat.", "Status: Besvarad", Notice, "Closed: Besvarat"];

    private readonly StandardCaseHost _host = new();

    [Fact]
    public async Task A_new_case_is_routed_and_waits_for_a_staff_decision_with_the_reply_time_deadline()
    {
        var instance = await _host.StartAsync();

        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        Assert.Equal(Arrival, _host.Effects());
        var bookmarks = await _host.BookmarksAsync();
        var decision = Assert.Single(bookmarks, b => b.Name == AwaitStaffDecision.TypeName);
        Assert.Equal(["Answered", "AskResident", "Forward", "Close"], decision.Payload!["decisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(StandardCaseHost.CaseId, decision.CorrelationId);
        // Two working days from Monday: the end of Wednesday 4 March in Sweden.
        Assert.Equal(DateTimeOffset.Parse("2026-03-05T00:00:00+01:00"), Assert.Single(bookmarks, b => b.ResumeAt is not null).ResumeAt);
    }

    [Fact]
    public async Task Answered_sends_the_answer_notifies_and_closes()
    {
        await _host.StartAsync();

        await _host.DecideAsync("Answered", message: "Receptet är förnyat.");

        Assert.Equal([.. Arrival, .. Answer], _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
        Assert.Empty(await _host.BookmarksAsync());
    }

    [Fact]
    public async Task AskResident_then_a_reply_goes_back_to_the_queue_and_is_answered()
    {
        await _host.StartAsync();

        await _host.DecideAsync("AskResident", message: "Hur många tabletter har du kvar?");
        Assert.Equal(AwaitResidentReply.TypeName, Assert.Single(await _host.BookmarksAsync(), b => b.ResumeAt is null).Name);
        await _host.ReplyAsync();
        await _host.DecideAsync("Answered", message: "Receptet är förnyat.");

        Assert.Equal(
            [.. Arrival, "Question: Hur många tabletter har du kvar?", "Status: VäntarPåInvånare", Notice,
             "Routed: vc-norr/inkorg", "Status: Inkommen", .. Answer],
            _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task AskResident_without_a_reply_in_time_tells_the_resident_and_closes()
    {
        await _host.StartAsync();
        await _host.DecideAsync("AskResident", message: "Hur många tabletter har du kvar?");
        // Ten working days from Monday 2 March: Monday 16 March, ending at midnight.
        var deadline = Assert.Single(await _host.BookmarksAsync(), b => b.ResumeAt is not null).ResumeAt!.Value;
        Assert.Equal(DateTimeOffset.Parse("2026-03-17T00:00:00+01:00"), deadline);

        await _host.AdvanceToAsync(deadline.AddMinutes(-1));
        Assert.Equal(WorkflowSubStatus.Suspended, (await _host.InstanceAsync()).SubStatus);
        await _host.AdvanceToAsync(deadline);

        var effects = _host.Effects();
        Assert.Equal(
            [.. Arrival, "Question: Hur många tabletter har du kvar?", "Status: VäntarPåInvånare", Notice],
            effects.Take(5));
        Assert.StartsWith("Information: Vi har inte fått något svar", effects[5]);
        Assert.Equal([Notice, "Closed: Inget svar från invånaren"], effects.Skip(6));
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task Forward_routes_to_the_other_clinic_and_a_later_reply_returns_there()
    {
        await _host.StartAsync();

        await _host.DecideAsync("Forward", clinic: "vc-syd", queue: "sjukskoterska");
        await _host.DecideAsync("AskResident", message: "Vilken dos tar du?");
        await _host.ReplyAsync();
        await _host.DecideAsync("Answered", message: "Receptet är förnyat.");

        Assert.Equal(
            [.. Arrival, "Routed: vc-syd/sjukskoterska", "Status: Inkommen",
             "Question: Vilken dos tar du?", "Status: VäntarPåInvånare", Notice,
             "Routed: vc-syd/sjukskoterska", "Status: Inkommen", .. Answer],
            _host.Effects());
        Assert.Equal(("vc-syd", CaseStatus.Avslutad), (_host.Cases.Find(StandardCaseHost.CaseId)!.ClinicKey, _host.Cases.Find(StandardCaseHost.CaseId)!.Status));
    }

    [Fact]
    public async Task Close_closes_without_a_message()
    {
        await _host.StartAsync();

        await _host.DecideAsync("Close");

        Assert.Equal([.. Arrival, "Closed: Avslutat av mottagningen"], _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task Overdue_flags_the_case_for_staff_rearms_the_deadline_and_still_takes_a_decision()
    {
        await _host.StartAsync();

        await _host.AdvanceToAsync(DateTimeOffset.Parse("2026-03-05T00:00:00+01:00"));
        Assert.Equal([.. Arrival, "Status: SvarstidPasserad"], _host.Effects());
        var bookmarks = await _host.BookmarksAsync();
        Assert.Contains(bookmarks, b => b.Name == AwaitStaffDecision.TypeName);
        // Thursday 5 March + two working days = Monday 9 March.
        Assert.Equal(DateTimeOffset.Parse("2026-03-10T00:00:00+01:00"), Assert.Single(bookmarks, b => b.ResumeAt is not null).ResumeAt);

        await _host.DecideAsync("Answered", message: "Receptet är förnyat.");

        Assert.Equal([.. Arrival, "Status: SvarstidPasserad", .. Answer], _host.Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await _host.InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task A_decision_that_was_not_offered_faults_the_instance_and_changes_nothing()
    {
        await _host.StartAsync();

        await _host.DecideAsync("Approve");

        var instance = await _host.InstanceAsync();
        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Equal(AwaitStaffDecision.DecisionNotOffered, Assert.Single(instance.Incidents).Code);
        Assert.Equal(Arrival, _host.Effects());
    }

    [Fact]
    public async Task Notifications_only_ever_carry_the_fixed_text()
    {
        await _host.StartAsync();
        await _host.DecideAsync("AskResident", message: "Har du fått biverkningar av Sertralin?");
        await _host.ReplyAsync();
        await _host.DecideAsync("Answered", message: "Du kan fortsätta med Sertralin.");

        var notifications = _host.Cases.EventsOf(StandardCaseHost.CaseId).Where(e => e.Kind == CaseEventKind.Notification).ToList();
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n => Assert.Equal(NotificationTexts.NewMessage, n.Detail));
    }
}
