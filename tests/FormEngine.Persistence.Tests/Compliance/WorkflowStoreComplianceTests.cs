using System.Text.Json.Nodes;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence.Tests.Compliance;

/// <summary>
/// The contract of <see cref="IWorkflowStore"/>, run against every implementation (Wolverine-style: each store
/// subclasses this). <see cref="CreateStore"/> gives an empty store per test; <see cref="CreateOtherRuntime"/> a
/// second handle on the same data, as a second host on one database would have.
/// </summary>
public abstract partial class WorkflowStoreComplianceTests
{
    private IWorkflowStore? store;

    protected abstract IWorkflowStore CreateStore();

    /// <summary>Another runtime on the same database; stores without a database share the one object.</summary>
    protected virtual IWorkflowStore CreateOtherRuntime() => Store;

    protected IWorkflowStore Store => store ??= CreateStore();

    /// <summary>An instant with an offset: stores keep the instant, not necessarily the offset.</summary>
    protected static readonly DateTimeOffset T0 = new(2030, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    protected static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    protected static WorkflowInstance NewInstance(
        WorkflowStatus status = WorkflowStatus.Running,
        WorkflowSubStatus subStatus = WorkflowSubStatus.Suspended,
        string? correlationId = null,
        DateTimeOffset? updatedAt = null) => new()
    {
        Id = NewId("inst"),
        DefinitionId = "begar-intyg",
        DefinitionVersion = 1,
        Status = status,
        SubStatus = subStatus,
        CorrelationId = correlationId,
        Name = "Begär intyg",
        CreatedAt = T0,
        UpdatedAt = updatedAt ?? T0,
        State = new JsonObject { ["step"] = 1 },
    };

    protected static Bookmark NewBookmark(
        string instanceId, string name = "Signal", string? correlationId = null, DateTimeOffset? resumeAt = null, JsonNode? payload = null) =>
        new(NewId("bm"), instanceId, "act-1", name, Bookmark.HashOf(name, null), correlationId, resumeAt, payload, T0);

    /// <summary>Commits a new instance with the bookmarks <paramref name="bookmarks"/> makes for its id.</summary>
    protected async Task<WorkflowInstance> StartAsync(WorkflowInstance instance, params Func<string, Bookmark>[] bookmarks)
    {
        instance.Revision = 1; // as the runtime does: a commit carries the revision it creates
        await Store.CommitAsync(new WorkflowCommit(instance, null, null, [], bookmarks.Select(make => make(instance.Id)).ToList()));
        return instance;
    }

    protected Task<WorkflowInstance> StartAsync(params Func<string, Bookmark>[] bookmarks) => StartAsync(NewInstance(), bookmarks);

    /// <summary>The stored copy with a change and the next revision, as the runtime makes it from what it loaded.</summary>
    protected async Task<(WorkflowInstance Changed, long Revision)> LoadAndChangeAsync(string instanceId, int step)
    {
        var loaded = await Store.FindInstanceAsync(instanceId) ?? throw new InvalidOperationException("instance not stored");
        var changed = loaded.Clone();
        changed.State["step"] = step;
        changed.UpdatedAt = loaded.UpdatedAt.AddMinutes(1);
        changed.Revision = loaded.Revision + 1;
        return (changed, loaded.Revision);
    }

    protected async Task<int> StoredStepAsync(string instanceId) =>
        (await Store.FindInstanceAsync(instanceId))!.State["step"]!.GetValue<int>();

    protected async Task<string[]> BookmarkIdsOfAsync(string instanceId) =>
        (await Store.FindBookmarksOfInstanceAsync(instanceId)).Select(b => b.Id).Order().ToArray();
}
