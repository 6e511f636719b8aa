using System.Text.Json.Nodes;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence.Tests.Compliance;

/// <summary>Several runtimes racing for the same work: the store must let exactly one of them win.</summary>
public abstract partial class WorkflowStoreComplianceTests
{
    private const int Racers = 6;

    /// <summary>Both runtimes, made before the race starts (the store of a test is created on first use).</summary>
    private IWorkflowStore[] TwoRuntimes() => [Store, CreateOtherRuntime()];

    [StoreFact]
    public async Task Two_runtimes_resuming_one_bookmark_exactly_one_succeeds()
    {
        var instance = await StartAsync(id => NewBookmark(id, "Svar"));
        var bookmark = (await Store.FindBookmarksOfInstanceAsync(instance.Id)).Single();
        var runtimes = TwoRuntimes();
        var attempts = new List<(int Step, WorkflowCommit Commit)>();
        for (var racer = 0; racer < Racers; racer++)
        {
            var (changed, revision) = await LoadAndChangeAsync(instance.Id, 10 + racer);
            attempts.Add((10 + racer, new WorkflowCommit(changed, revision, bookmark.Id, [], [])));
        }

        var outcomes = await Task.WhenAll(attempts.Select((attempt, racer) => Task.Run(async () =>
        {
            try { await runtimes[racer % 2].CommitAsync(attempt.Commit); return (Won: true, attempt.Step); }
            catch (WorkflowConflictException) { return (Won: false, attempt.Step); }
        })));

        var winner = Assert.Single(outcomes, o => o.Won);
        Assert.Equal(winner.Step, await StoredStepAsync(instance.Id));
        Assert.Null(await Store.FindBookmarkAsync(bookmark.Id));
    }

    [StoreFact]
    public async Task Two_runtimes_starting_one_instance_exactly_one_succeeds()
    {
        var id = NewId("inst");
        var runtimes = TwoRuntimes();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Racers).Select(racer => Task.Run(async () =>
        {
            var instance = new WorkflowInstance
            {
                Id = id, DefinitionId = "begar-intyg", DefinitionVersion = 1, CreatedAt = T0, Revision = 1,
                State = new JsonObject { ["step"] = racer },
            };
            try { await runtimes[racer % 2].CommitAsync(new WorkflowCommit(instance, null, null, [], [NewBookmark(id)])); return (Won: true, Step: racer); }
            catch (WorkflowConflictException) { return (Won: false, Step: racer); }
        })));

        var winner = Assert.Single(outcomes, o => o.Won);
        Assert.Equal(winner.Step, await StoredStepAsync(id));
        Assert.Single(await Store.FindBookmarksOfInstanceAsync(id));
    }

    [StoreFact]
    public async Task Runtimes_claiming_one_due_timer_exactly_one_wins()
    {
        var instance = await StartAsync(id => NewBookmark(id, "Timer", resumeAt: T0.AddMinutes(-1)));
        var timer = (await Store.FindBookmarksOfInstanceAsync(instance.Id)).Single();
        var runtimes = TwoRuntimes();

        var claims = await Task.WhenAll(Enumerable.Range(0, Racers).Select(racer => Task.Run(() =>
            runtimes[racer % 2].TryClaimTimerAsync(timer.Id, $"runtime-{racer}", T0, T0.AddMinutes(5)))));

        Assert.Single(claims, won => won);
    }
}
