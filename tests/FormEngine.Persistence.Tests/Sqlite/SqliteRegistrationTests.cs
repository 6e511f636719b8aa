using System.Text.Json.Nodes;
using FormEngine.Persistence.Sqlite;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Persistence.Tests.Sqlite;

/// <summary>What the host gets from <c>AddFormEngineSqlite</c>: a migrated, working store and the checkpointer.</summary>
public sealed class SqliteRegistrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "formengine-store-tests", Guid.NewGuid().ToString("N"));

    public SqliteRegistrationTests() => Directory.CreateDirectory(folder);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_registered_store_commits_and_reads_back(bool groupCommit)
    {
        await using var services = new ServiceCollection()
            .AddFormEngineSqlite($"Data Source={Path.Combine(folder, "host.db")}", groupCommit)
            .BuildServiceProvider();
        await WorkflowDatabase.MigrateAsync(services);
        var store = services.GetRequiredService<IWorkflowStore>();
        var instance = new WorkflowInstance
        {
            Id = "inst-1", DefinitionId = "begar-intyg", DefinitionVersion = 1, CreatedAt = DateTimeOffset.UnixEpoch, Revision = 1,
            State = new JsonObject { ["hälsning"] = "Hej då" },
        };

        await store.CommitAsync(new WorkflowCommit(instance, null, null, [], []));

        Assert.Equal("Hej då", (await store.FindInstanceAsync("inst-1"))?.State["hälsning"]?.GetValue<string>());
        Assert.Equal(groupCommit, services.GetService<GroupCommitWriter>() is not null);
        Assert.False((await services.GetRequiredService<SqliteWalCheckpointer>().CheckpointAsync()).Busy);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover temp file is harmless */ }
    }
}
