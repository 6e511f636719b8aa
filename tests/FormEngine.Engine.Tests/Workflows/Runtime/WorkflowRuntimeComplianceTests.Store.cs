using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows.Runtime;

/// <summary>The store's own rules, which the runtime's promises rest on.</summary>
public abstract partial class WorkflowRuntimeComplianceTests
{
    private static WorkflowInstance NewInstance(string id, long revision = 1) => new()
    {
        Id = id, DefinitionId = "d", DefinitionVersion = 1, CreatedAt = WorkflowTestHost.Epoch, UpdatedAt = WorkflowTestHost.Epoch,
        Revision = revision, Status = WorkflowStatus.Running, SubStatus = WorkflowSubStatus.Suspended,
    };

    private static Bookmark NewBookmark(string id, string instanceId, string? correlationId = null, DateTimeOffset? resumeAt = null) =>
        new(id, instanceId, "A", "Elsa.Event", Bookmark.HashOf("Elsa.Event", null), correlationId, resumeAt, null, WorkflowTestHost.Epoch);

    [Fact]
    public async Task Store_refuses_a_commit_from_a_stale_revision_and_changes_nothing()
    {
        var store = CreateStore();
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1"), null, null, [], [NewBookmark("b1", "i1")]));
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1", 2), 1, null, [], [NewBookmark("b1", "i1")]));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => store.CommitAsync(new WorkflowCommit(NewInstance("i1", 2), 1, null, [], [])));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => store.CommitAsync(new WorkflowCommit(NewInstance("i1"), null, null, [], [])));

        Assert.Equal(2, (await store.FindInstanceAsync("i1"))!.Revision);
        Assert.NotNull(await store.FindBookmarkAsync("b1"));
    }

    [Fact]
    public async Task Store_consumes_a_bookmark_once()
    {
        var store = CreateStore();
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1"), null, null, [], [NewBookmark("b1", "i1")]));
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1", 2), 1, "b1", [], []));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => store.CommitAsync(new WorkflowCommit(NewInstance("i1", 3), 2, "b1", [], [])));
        Assert.Null(await store.FindBookmarkAsync("b1"));
    }

    [Fact]
    public async Task Store_finds_bookmarks_by_hash_and_exact_correlation_id()
    {
        var store = CreateStore();
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1"), null, null, [], [NewBookmark("b1", "i1", "case-1"), NewBookmark("b2", "i1")]));
        var hash = Bookmark.HashOf("Elsa.Event", null);

        Assert.Equal(["b1"], (await store.FindBookmarksAsync(hash, "case-1")).Select(b => b.Id));
        Assert.Equal(["b2"], (await store.FindBookmarksAsync(hash, null)).Select(b => b.Id));
        Assert.Empty(await store.FindBookmarksAsync(Bookmark.HashOf("Elsa.Event", new System.Text.Json.Nodes.JsonObject()), "case-1"));
    }

    [Fact]
    public async Task Store_gives_a_timer_claim_to_one_owner_until_it_expires()
    {
        var store = CreateStore();
        var now = WorkflowTestHost.Epoch;
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1"), null, null, [], [NewBookmark("t1", "i1", resumeAt: now)]));

        Assert.True(await store.TryClaimTimerAsync("t1", "a", now, now.AddMinutes(1)));
        Assert.False(await store.TryClaimTimerAsync("t1", "b", now, now.AddMinutes(1)));
        Assert.Empty(await store.FindDueTimersAsync(now.AddSeconds(30), 10));
        Assert.Single(await store.FindDueTimersAsync(now.AddMinutes(2), 10));
        Assert.True(await store.TryClaimTimerAsync("t1", "b", now.AddMinutes(2), now.AddMinutes(3)));
    }

    [Fact]
    public async Task Store_consumes_a_queued_stimulus_once()
    {
        var store = CreateStore();
        var stimulus = new QueuedStimulus("s1", "Elsa.Event", "h", "case-1", null, WorkflowTestHost.Epoch);
        await store.EnqueueStimulusAsync(stimulus);
        await store.CommitAsync(new WorkflowCommit(NewInstance("i1"), null, null, ["s1"], []));

        Assert.Empty(await store.FindQueuedStimuliAsync("h", "case-1"));
        await Assert.ThrowsAsync<WorkflowConflictException>(() => store.CommitAsync(new WorkflowCommit(NewInstance("i2"), null, null, ["s1"], [])));
        Assert.Null(await store.FindInstanceAsync("i2"));
    }

    [Fact]
    public async Task Store_lists_interrupted_instances_but_not_suspended_or_finished_ones()
    {
        var store = CreateStore();
        var executing = NewInstance("run");
        executing.SubStatus = WorkflowSubStatus.Executing;
        var finished = NewInstance("done");
        (finished.Status, finished.SubStatus) = (WorkflowStatus.Finished, WorkflowSubStatus.Finished);
        foreach (var instance in new[] { executing, finished, NewInstance("waiting") })
            await store.CommitAsync(new WorkflowCommit(instance, null, null, [], []));

        Assert.Equal(["run"], (await store.FindInterruptedAsync(10)).Select(i => i.Id));
    }

    [Fact]
    public async Task Store_keeps_a_definition_version_and_refuses_other_content_under_it()
    {
        var store = CreateStore();
        var v1 = new StoredDefinition("d", 1, "{}", "hash-1", WorkflowTestHost.Epoch);
        await store.SaveDefinitionAsync(v1);
        await store.SaveDefinitionAsync(v1);
        await store.SaveDefinitionAsync(v1 with { Version = 2, ContentHash = "hash-2" });

        Assert.Equal(2, (await store.FindLatestDefinitionAsync("d"))!.Version);
        Assert.Equal("hash-1", (await store.FindDefinitionAsync("d", 1))!.ContentHash);
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveDefinitionAsync(v1 with { ContentHash = "changed" }));
    }
}
