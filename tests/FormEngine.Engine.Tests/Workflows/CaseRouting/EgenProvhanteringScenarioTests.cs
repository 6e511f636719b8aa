using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// definitions/workflows/egen-provhantering.json on the real runtime with a fake clock: a negative result is
/// answered with the fixed text and closed, a positive one stays for staff, and an order without a result
/// closes by itself after 40 calendar days.
/// </summary>
public class EgenProvhanteringScenarioTests
{
    private const string Notice = "Notification: " + NotificationTexts.NewMessage;
    /// <summary>2 March + 40 days = Saturday 11 April; the deadline is the midnight after it, in summer time.</summary>
    private static readonly DateTimeOffset FortyDays = DateTimeOffset.Parse("2026-04-12T00:00:00+02:00");
    private static readonly string[] Arrival = ["Routed: vc-norr/inkorg", "Status: Inkommen"];

    /// <summary>Started on Monday 2 March 2026, 09:00 in Sweden (winter time; the deadline falls in summer time).</summary>
    private readonly StandardCaseHost _host = new("egen-provhantering.json", "egen-provhantering", replyTimeDays: null);

    [Fact]
    public async Task A_new_order_waits_for_the_result_with_a_40_calendar_day_deadline()
    {
        var instance = await StartAsync();

        Assert.Equal(WorkflowSubStatus.Suspended, instance.SubStatus);
        Assert.Equal(Arrival, Effects());
        var bookmarks = await BookmarksAsync();
        var decision = Assert.Single(bookmarks, b => b.Name == AwaitStaffDecision.TypeName);
        Assert.Equal(["ProvsvarNegativt", "ProvsvarPositivt", "Close"], decision.Payload!["decisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(FortyDays, Assert.Single(bookmarks, b => b.ResumeAt is not null).ResumeAt);
    }

    [Fact]
    public async Task A_negative_result_is_answered_with_the_fixed_text_and_closed()
    {
        await StartAsync();

        await DecideAsync("ProvsvarNegativt");

        var effects = Effects();
        Assert.Equal(Arrival, effects.Take(2));
        Assert.StartsWith("Information: Ditt prov för klamydia och gonorré är analyserat. Provet visade ingen infektion", effects[2]);
        Assert.Equal(["Status: Besvarad", Notice, "Closed: Provsvar negativt"], effects.Skip(3));
        Assert.Equal(WorkflowSubStatus.Finished, (await InstanceAsync()).SubStatus);
        Assert.Empty(await BookmarksAsync());
    }

    [Fact]
    public async Task A_positive_result_stays_for_staff_past_the_40_days_until_they_answer()
    {
        await StartAsync();

        await DecideAsync("ProvsvarPositivt");
        var waiting = Assert.Single(await BookmarksAsync());
        Assert.Equal(["Answered", "Close"], waiting.Payload!["decisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Null(waiting.ResumeAt);
        await AdvanceToAsync(FortyDays.AddDays(10));
        Assert.Equal(WorkflowSubStatus.Suspended, (await InstanceAsync()).SubStatus);

        await DecideAsync("Answered", "Vi har ringt dig och skickat ett recept.");

        Assert.Equal([.. Arrival, "Status: Fördelad", "Information: Vi har ringt dig och skickat ett recept.", "Status: Besvarad", Notice, "Closed: Besvarat"], Effects());
        Assert.Equal(WorkflowSubStatus.Finished, (await InstanceAsync()).SubStatus);
    }

    [Fact]
    public async Task Without_a_result_within_40_days_the_order_closes_by_itself_with_a_message()
    {
        await StartAsync();

        await AdvanceToAsync(FortyDays.AddMinutes(-1));
        Assert.Equal(WorkflowSubStatus.Suspended, (await InstanceAsync()).SubStatus);
        Assert.Equal(Arrival, Effects());
        await AdvanceToAsync(FortyDays);

        var effects = Effects();
        Assert.StartsWith("Information: Vi har inte fått något prov från dig inom 40 dagar", effects[2]);
        Assert.Equal([Notice, "Closed: Inget prov inom 40 dagar"], effects.Skip(3));
        Assert.Equal(WorkflowSubStatus.Finished, (await InstanceAsync()).SubStatus);
        // A decision after the closing finds nothing to resume.
        Assert.Empty(await BookmarksAsync());
    }

    [Fact]
    public async Task Staff_may_close_an_order_without_a_result()
    {
        await StartAsync();

        await DecideAsync("Close");

        Assert.Equal([.. Arrival, "Closed: Avslutat av mottagningen"], Effects());
    }

    private Task<WorkflowInstance> StartAsync() => _host.StartAsync();

    private Task<StimulusResult> DecideAsync(string decision, string? message = null) => _host.DecideAsync(decision, message);

    private Task<IReadOnlyList<WorkflowRunResult>> AdvanceToAsync(DateTimeOffset instant) => _host.AdvanceToAsync(instant);

    private Task<WorkflowInstance> InstanceAsync() => _host.InstanceAsync();

    private Task<IReadOnlyList<Bookmark>> BookmarksAsync() => _host.BookmarksAsync();

    private IReadOnlyList<string> Effects() => _host.Effects();
}
