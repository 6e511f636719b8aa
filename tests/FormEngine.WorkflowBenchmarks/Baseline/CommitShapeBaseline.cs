using System.Threading.Channels;
using FormEngine.Persistence;
using FormEngine.WorkflowBenchmarks.Harness;
using FormEngine.WorkflowBenchmarks.Runtime;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.WorkflowBenchmarks.Baseline;

/// <summary>
/// The workflow store's commit shape without EF Core: on the store's own migrated tables, rows of real suspended
/// instances are committed again and again by concurrent workers through a group-commit writer that runs, per
/// commit, what the store's commit runs (in a savepoint: the revision-checked UPDATE of the instance with its
/// state JSON, DELETE of its bookmarks, INSERT of its bookmark) as prepared statements. The rate is a ceiling for
/// the store's commits on this disk; a step that commits k times can go at most this fast divided by k.
/// </summary>
public static class CommitShapeBaseline
{
    public static async Task<(Measurement Measurement, double CommitsPerTransaction)> RunAsync(string folder, BenchmarkSettings settings)
    {
        var connectionString = $"Data Source={Path.Combine(folder, "workflows.db")}";
        await using (var provider = new ServiceCollection().AddFormEngineSqlite(connectionString).BuildServiceProvider())
        {
            await WorkflowDatabase.MigrateAsync(provider);
            var runtime = new WorkflowRuntime(provider.GetRequiredService<IWorkflowStore>(), ActivityRegistry.WithElsaActivities(),
                new WorkflowServices().Add<IWorkflowOutput>(new CollectingWorkflowOutput()));
            await runtime.PublishAsync(DecisionWorkflowJson.Read());
            for (var i = 0; i < settings.Workers; i++) await runtime.StartAsync(DecisionWorkflowJson.DefinitionId, correlationId: $"shape-{i}");
        }
        SqliteConnection.ClearAllPools();

        await using var connection = new SqliteConnection(connectionString);
        connection.Open();
        ReceiptsDatabase.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        var rows = Rows(connection);
        var update = Prepare(connection, "UPDATE workflow_instances SET sub_status = $sub, revision = $next, updated_at = $at, state = $state WHERE id = $id AND revision = $rev",
            "$sub", "$next", "$at", "$state", "$id", "$rev");
        var delete = Prepare(connection, "DELETE FROM workflow_bookmarks WHERE instance_id = $id", "$id");
        var insert = Prepare(connection, """
            INSERT INTO workflow_bookmarks (id, instance_id, activity_id, name, hash, correlation_id, resume_at, payload, created_at)
            SELECT $bid, $id, activity_id, name, hash, correlation_id, resume_at, payload, created_at FROM workflow_bookmarks_template WHERE instance_id = $id
            """, "$bid", "$id");
        var savepoint = Prepare(connection, "SAVEPOINT c");
        var release = Prepare(connection, "RELEASE c");

        long transactions = 0;
        var queue = Channel.CreateUnbounded<(int Row, TaskCompletionSource Done)>(new UnboundedChannelOptions { SingleReader = true });
        var writer = Task.Run(async () =>
        {
            var batch = new List<(int Row, TaskCompletionSource Done)>();
            while (await queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < 64 && queue.Reader.TryRead(out var item)) batch.Add(item);
                try
                {
                    using var transaction = connection.BeginTransaction();
                    foreach (var (row, _) in batch)
                    {
                        Run(savepoint, transaction);
                        var (id, revision, state) = rows[row];
                        Run(update, transaction, "Suspended", revision + 1, DateTimeOffset.UtcNow.UtcTicks, state, id, revision);
                        Run(delete, transaction, id);
                        Run(insert, transaction, Guid.NewGuid().ToString("N"), id);
                        Run(release, transaction);
                        rows[row] = (id, revision + 1, state);
                    }
                    transaction.Commit();
                    transactions++;
                    foreach (var (_, done) in batch) done.SetResult();
                }
                catch (Exception e)
                {
                    foreach (var (_, done) in batch) done.TrySetException(e);
                }
            }
        });

        Task CommitAsync(int row)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            queue.Writer.TryWrite((row, done));
            return done.Task;
        }
        // Each worker commits its own instance, as each request works on its own case.
        var workers = settings.Workers;
        await LoadLoop.RunAsync("warm-up", settings.Warmup, workers, settings.PhaseLimit, i => CommitAsync(i % workers));
        var before = transactions;
        var measured = await LoadLoop.RunAsync("commit shape", settings.Operations, workers, settings.PhaseLimit, i => CommitAsync(i % workers));
        var perTransaction = measured.Operations / (double)Math.Max(1, transactions - before);
        queue.Writer.Complete();
        await writer;
        return (measured, perTransaction);
    }

    private static List<(string Id, long Revision, string State)> Rows(SqliteConnection connection)
    {
        // The bookmarks as the runtime wrote them, to re-insert on every commit.
        ReceiptsDatabase.Execute(connection, "CREATE TABLE workflow_bookmarks_template AS SELECT * FROM workflow_bookmarks");
        var rows = new List<(string, long, string)>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, revision, state FROM workflow_instances ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        return rows;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction, params object[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        if (command.ExecuteNonQuery() != 1 && command.CommandText.StartsWith("UPDATE", StringComparison.Ordinal))
            throw new InvalidOperationException("The revision check failed in the commit-shape baseline.");
    }
}
