using System.Collections.Concurrent;
using FormEngine.WorkflowBenchmarks.Harness;

namespace FormEngine.WorkflowBenchmarks.Baseline;

/// <summary>
/// What durable commits cost on this disk, measured in the same run as the workflow engines: the bar the
/// workflow runtime's steps are held to (each step is at least one FULL commit).
/// </summary>
public static class CommitBaseline
{
    /// <summary>One connection, one INSERT per transaction, one after another: a fsync per row.</summary>
    public static async Task<Measurement> RawLoopAsync(string folder, BenchmarkSettings settings)
    {
        var database = ReceiptsDatabase.Create(folder);
        using var connection = database.Open();
        using var insert = ReceiptsDatabase.InsertCommand(connection);
        Task Insert(string id)
        {
            insert.Parameters["$id"].Value = id;
            insert.ExecuteNonQuery();
            return Task.CompletedTask;
        }
        await LoadLoop.RunAsync("warm-up", settings.Warmup, 1, settings.PhaseLimit, i => Insert($"w{i}"));
        return await LoadLoop.RunAsync("SQLite FULL: raw loop of single-row commits", settings.Operations, 1, settings.PhaseLimit, i => Insert($"m{i}"));
    }

    /// <summary>The same single-row commits from concurrent workers, each on its own connection, queueing for SQLite's write lock.</summary>
    public static async Task<Measurement> ConcurrentCommitsAsync(string folder, BenchmarkSettings settings)
    {
        var database = ReceiptsDatabase.Create(folder);
        var connections = new ConcurrentBag<(Microsoft.Data.Sqlite.SqliteConnection Connection, Microsoft.Data.Sqlite.SqliteCommand Insert)>();
        for (var i = 0; i < settings.Workers; i++)
        {
            var connection = database.Open();
            connections.Add((connection, ReceiptsDatabase.InsertCommand(connection)));
        }
        async Task Insert(string id)
        {
            // Off the caller's thread: a worker blocked in SQLite's busy wait must not hold up the others.
            await Task.Run(() =>
            {
                connections.TryTake(out var writer);
                try
                {
                    writer.Insert.Parameters["$id"].Value = id;
                    writer.Insert.ExecuteNonQuery();
                }
                finally { connections.Add(writer); }
            });
        }
        try
        {
            await LoadLoop.RunAsync("warm-up", settings.Warmup, settings.Workers, settings.PhaseLimit, i => Insert($"w{i}"));
            return await LoadLoop.RunAsync($"SQLite FULL: single-row commits, {settings.Workers} writers", settings.Operations, settings.Workers, settings.PhaseLimit, i => Insert($"m{i}"));
        }
        finally
        {
            foreach (var (connection, insert) in connections) { insert.Dispose(); connection.Dispose(); }
        }
    }

    /// <summary>Concurrent workers handing their rows to a <see cref="GroupCommitWriter"/>: one fsync per batch.</summary>
    public static async Task<(Measurement Measurement, double RowsPerCommit)> GroupCommitAsync(string folder, BenchmarkSettings settings)
    {
        var database = ReceiptsDatabase.Create(folder);
        await using var writer = new GroupCommitWriter(database);
        await LoadLoop.RunAsync("warm-up", settings.Warmup, settings.Workers, settings.PhaseLimit, i => writer.InsertAsync($"w{i}"));
        var before = writer.Batches;
        var measured = await LoadLoop.RunAsync($"SQLite FULL: group commit, {settings.Workers} writers", settings.Operations, settings.Workers, settings.PhaseLimit, i => writer.InsertAsync($"m{i}"));
        return (measured, measured.Operations / (double)Math.Max(1, writer.Batches - before));
    }
}
