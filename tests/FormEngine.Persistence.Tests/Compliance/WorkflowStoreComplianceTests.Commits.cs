using System.Text.Json.Nodes;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreComplianceTests
{
    [StoreFact]
    public async Task A_new_instance_round_trips_every_field_with_swedish_text()
    {
        var instance = NewInstance(WorkflowStatus.Running, WorkflowSubStatus.Executing, correlationId: "ärende-Ö-1");
        instance.Name = "Förnya recept åt Åsa";
        instance.UpdatedAt = T0.AddSeconds(90);
        instance.State = JsonNode.Parse("""
            {"step":1,"variables":{"namn":"Åsa Öberg","svar":"Jag behöver förnya mitt recept på ögondroppar"},
             "lista":[1,2.5,true,null,"räksmörgås"],"tom":{}}
            """)!.AsObject();
        instance.Incidents.Add(new Incident("inc-1", "skicka-svar", "FormEngine.SendEmail", "SMTP", "Kunde inte nå e-postservern för Örebro",
            "System.Exception: fel på rad två\n   vid Sänd()", T0.AddSeconds(80)));
        await StartAsync(instance);

        var stored = await Store.FindInstanceAsync(instance.Id);

        Assert.NotNull(stored);
        Assert.Equal((instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.SubStatus),
            (stored.DefinitionId, stored.DefinitionVersion, stored.Status, stored.SubStatus));
        Assert.Equal((instance.CorrelationId, instance.Name), (stored.CorrelationId, stored.Name));
        Assert.Equal(instance.CreatedAt, stored.CreatedAt);
        Assert.Equal(instance.UpdatedAt, stored.UpdatedAt);
        Assert.True(JsonNode.DeepEquals(instance.State, stored.State), stored.State.ToJsonString());
        Assert.Equal(instance.Incidents, stored.Incidents);
        Assert.Null(await Store.FindInstanceAsync("inst-saknas"));
    }

    [StoreFact]
    public async Task Starting_an_instance_whose_id_exists_conflicts_and_keeps_the_first()
    {
        var first = await StartAsync();
        var again = new WorkflowInstance
        {
            Id = first.Id, DefinitionId = "annan", DefinitionVersion = 2, CreatedAt = T0, Revision = 1, State = new JsonObject { ["step"] = 99 },
        };

        await Assert.ThrowsAsync<WorkflowConflictException>(() => Store.CommitAsync(new WorkflowCommit(again, null, null, [], [])));

        Assert.Equal("begar-intyg", (await Store.FindInstanceAsync(first.Id))?.DefinitionId);
        Assert.Equal(1, await StoredStepAsync(first.Id));
    }

    [StoreFact]
    public async Task A_commit_at_the_stored_revision_saves_and_moves_the_revision_on()
    {
        var instance = await StartAsync();
        var (changed, revision) = await LoadAndChangeAsync(instance.Id, 2);

        await Store.CommitAsync(new WorkflowCommit(changed, revision, null, [], []));

        var stored = await Store.FindInstanceAsync(instance.Id);
        Assert.Equal(2, stored!.State["step"]!.GetValue<int>());
        Assert.True(stored.Revision > revision, $"revision {stored.Revision} after a commit from {revision}");
        var (next, nextRevision) = await LoadAndChangeAsync(instance.Id, 3);
        await Store.CommitAsync(new WorkflowCommit(next, nextRevision, null, [], []));
        Assert.Equal(3, await StoredStepAsync(instance.Id));
    }

    [StoreFact]
    public async Task A_commit_from_a_stale_revision_conflicts_and_changes_nothing()
    {
        var instance = await StartAsync(id => NewBookmark(id, "Svar"));
        var bookmark = (await Store.FindBookmarksOfInstanceAsync(instance.Id)).Single();
        var stimulus = new QueuedStimulus(NewId("st"), "Svar", bookmark.Hash, null, "{}", T0);
        await Store.EnqueueStimulusAsync(stimulus);
        var (winner, revision) = await LoadAndChangeAsync(instance.Id, 2);
        var (loser, _) = await LoadAndChangeAsync(instance.Id, 3);
        await Store.CommitAsync(new WorkflowCommit(winner, revision, null, [], [bookmark]));

        await Assert.ThrowsAsync<WorkflowConflictException>(() => Store.CommitAsync(
            new WorkflowCommit(loser, revision, bookmark.Id, [stimulus.Id], [NewBookmark(instance.Id, "Annat")])));

        Assert.Equal(2, await StoredStepAsync(instance.Id));
        Assert.Equal([bookmark.Id], await BookmarkIdsOfAsync(instance.Id));
        Assert.Single(await Store.FindQueuedStimuliAsync(bookmark.Hash, null));
    }

    [StoreFact]
    public async Task Consuming_a_bookmark_that_is_gone_conflicts_and_changes_nothing()
    {
        var instance = await StartAsync(id => NewBookmark(id));
        var kept = await BookmarkIdsOfAsync(instance.Id);
        var (changed, revision) = await LoadAndChangeAsync(instance.Id, 2);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => Store.CommitAsync(
            new WorkflowCommit(changed, revision, "bm-saknas", [], [])));

        var stored = await Store.FindInstanceAsync(instance.Id);
        Assert.Equal(revision, stored!.Revision);
        Assert.Equal(1, stored.State["step"]!.GetValue<int>());
        Assert.Equal(kept, await BookmarkIdsOfAsync(instance.Id));
    }

    [StoreFact]
    public async Task A_commit_replaces_the_instances_bookmarks_and_no_others()
    {
        var instance = await StartAsync(id => NewBookmark(id, "A"), id => NewBookmark(id, "B"));
        var neighbour = await StartAsync(id => NewBookmark(id, "A"));
        var neighbourBookmarks = await BookmarkIdsOfAsync(neighbour.Id);
        var consumed = (await Store.FindBookmarksOfInstanceAsync(instance.Id)).First(b => b.Name == "A");
        var (changed, revision) = await LoadAndChangeAsync(instance.Id, 2);
        var replacement = NewBookmark(instance.Id, "C");

        await Store.CommitAsync(new WorkflowCommit(changed, revision, consumed.Id, [], [replacement]));

        Assert.Equal([replacement.Id], await BookmarkIdsOfAsync(instance.Id));
        Assert.Null(await Store.FindBookmarkAsync(consumed.Id));
        Assert.Equal(neighbourBookmarks, await BookmarkIdsOfAsync(neighbour.Id));
    }

    [StoreFact]
    public async Task Consumed_stimuli_are_removed_and_one_already_gone_conflicts()
    {
        var instance = await StartAsync();
        var hash = Bookmark.HashOf("Svar", null);
        var used = new QueuedStimulus(NewId("st"), "Svar", hash, "c-1", """{"svar":"ja"}""", T0);
        var left = new QueuedStimulus(NewId("st"), "Svar", hash, "c-1", """{"svar":"nej"}""", T0.AddSeconds(1));
        await Store.EnqueueStimulusAsync(used);
        await Store.EnqueueStimulusAsync(left);
        var (changed, revision) = await LoadAndChangeAsync(instance.Id, 2);

        await Store.CommitAsync(new WorkflowCommit(changed, revision, null, [used.Id], []));
        Assert.Equal([left.Id], (await Store.FindQueuedStimuliAsync(hash, "c-1")).Select(s => s.Id));

        var (again, againRevision) = await LoadAndChangeAsync(instance.Id, 3);
        await Assert.ThrowsAsync<WorkflowConflictException>(() => Store.CommitAsync(
            new WorkflowCommit(again, againRevision, null, [used.Id, left.Id], [])));
        Assert.Equal(2, await StoredStepAsync(instance.Id));
        Assert.Equal([left.Id], (await Store.FindQueuedStimuliAsync(hash, "c-1")).Select(s => s.Id));
    }
}
