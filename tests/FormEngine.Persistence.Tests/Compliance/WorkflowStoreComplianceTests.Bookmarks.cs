using System.Text.Json.Nodes;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreComplianceTests
{
    [StoreFact]
    public async Task A_bookmark_round_trips_with_its_payload_and_instants()
    {
        var payload = JsonNode.Parse("""{"fråga":"Vill du förnya?","val":["ja","nej"],"försök":2}""");
        var made = default(Bookmark);
        var instance = await StartAsync(id => made = NewBookmark(id, "Påminnelse", "kö-7", T0.AddDays(3).ToOffset(TimeSpan.FromHours(2)), payload));

        var stored = await Store.FindBookmarkAsync(made!.Id);

        Assert.NotNull(stored);
        Assert.Equal((made.InstanceId, made.ActivityId, made.Name, made.Hash, made.CorrelationId),
            (stored.InstanceId, stored.ActivityId, stored.Name, stored.Hash, stored.CorrelationId));
        Assert.Equal(made.ResumeAt, stored.ResumeAt);
        Assert.Equal(made.CreatedAt, stored.CreatedAt);
        Assert.True(JsonNode.DeepEquals(payload, stored.Payload), stored.Payload?.ToJsonString());
        Assert.Equal(instance.Id, stored.InstanceId);
        Assert.Null(await Store.FindBookmarkAsync("bm-saknas"));
    }

    [StoreFact]
    public async Task Bookmarks_are_found_by_hash_and_exact_correlation_id()
    {
        Bookmark? a = null, b = null, none = null, otherName = null;
        await StartAsync(id => a = NewBookmark(id, "Svar", "c-A"), id => otherName = NewBookmark(id, "Annat", "c-A"));
        await StartAsync(id => b = NewBookmark(id, "Svar", "c-B"));
        await StartAsync(id => none = NewBookmark(id, "Svar"));
        var hash = Bookmark.HashOf("Svar", null);

        Assert.Equal([a!.Id], (await Store.FindBookmarksAsync(hash, "c-A")).Select(x => x.Id));
        Assert.Equal([b!.Id], (await Store.FindBookmarksAsync(hash, "c-B")).Select(x => x.Id));
        Assert.Equal([none!.Id], (await Store.FindBookmarksAsync(hash, null)).Select(x => x.Id));
        Assert.Equal([otherName!.Id], (await Store.FindBookmarksAsync(otherName.Hash, "c-A")).Select(x => x.Id));
        Assert.Empty(await Store.FindBookmarksAsync(hash, "c-C"));
    }

    [StoreFact]
    public async Task Bookmarks_of_an_instance_are_only_its_own()
    {
        var instance = await StartAsync(id => NewBookmark(id, "A"), id => NewBookmark(id, "B"));
        await StartAsync(id => NewBookmark(id, "A"));

        var found = await Store.FindBookmarksOfInstanceAsync(instance.Id);

        Assert.Equal(["A", "B"], found.Select(b => b.Name).Order());
        Assert.All(found, b => Assert.Equal(instance.Id, b.InstanceId));
        Assert.Empty(await Store.FindBookmarksOfInstanceAsync("inst-saknas"));
    }

    [StoreFact]
    public async Task Queued_stimuli_are_found_by_hash_and_correlation_id_oldest_first()
    {
        var hash = Bookmark.HashOf("Svar", null);
        var later = new QueuedStimulus(NewId("st"), "Svar", hash, "c-A", """{"text":"Återkommer i övermorgon"}""", T0.AddMinutes(2));
        var earlier = new QueuedStimulus(NewId("st"), "Svar", hash, "c-A", null, T0.AddMinutes(1));
        await Store.EnqueueStimulusAsync(later);
        await Store.EnqueueStimulusAsync(earlier);
        await Store.EnqueueStimulusAsync(new QueuedStimulus(NewId("st"), "Svar", hash, "c-B", null, T0));
        await Store.EnqueueStimulusAsync(new QueuedStimulus(NewId("st"), "Annat", Bookmark.HashOf("Annat", null), "c-A", null, T0));

        var found = await Store.FindQueuedStimuliAsync(hash, "c-A");

        Assert.Equal([earlier.Id, later.Id], found.Select(s => s.Id));
        Assert.Equal(later, found[1]);
        Assert.Empty(await Store.FindQueuedStimuliAsync(hash, null));
    }
}
