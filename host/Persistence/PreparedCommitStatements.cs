using System.Data.Common;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence;

/// <summary>
/// <see cref="WorkflowCommitStatements"/> as prepared commands on the group-commit writer's own open connection
/// (SQLite): the same checks in the same order, without EF Core's per-statement pipeline, which cost most of each
/// commit. Column names and encodings are the migrations' (UTC ticks, enum names, JSON text).
/// </summary>
internal sealed class PreparedCommitStatements : IDisposable
{
    private readonly DbCommand insertInstance, updateInstance, deleteBookmark, deleteStimulus, findClaim, deleteBookmarks, insertBookmark;
    private readonly DbCommand savepoint, release, rollbackTo;
    private readonly DbCommand[] all;

    public PreparedCommitStatements(DbConnection connection)
    {
        DbCommand Prepare(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            command.Prepare();
            return command;
        }

        // ON CONFLICT DO NOTHING reports a lost race as 0 rows, as on the EF Core path.
        insertInstance = Prepare("""
            INSERT INTO workflow_instances (id, definition_id, definition_version, status, sub_status, correlation_id, name,
                revision, created_at, updated_at, state, incidents)
            VALUES (@id, @definition_id, @definition_version, @status, @sub_status, @correlation_id, @name,
                @revision, @created_at, @updated_at, @state, @incidents)
            ON CONFLICT (id) DO NOTHING
            """, "@id", "@definition_id", "@definition_version", "@status", "@sub_status", "@correlation_id", "@name",
            "@revision", "@created_at", "@updated_at", "@state", "@incidents");
        updateInstance = Prepare("""
            UPDATE workflow_instances SET status = @status, sub_status = @sub_status, correlation_id = @correlation_id,
                name = @name, revision = @revision, updated_at = @updated_at, state = @state, incidents = @incidents
            WHERE id = @id AND revision = @expected
            """, "@status", "@sub_status", "@correlation_id", "@name", "@revision", "@updated_at", "@state", "@incidents",
            "@id", "@expected");
        deleteBookmark = Prepare("DELETE FROM workflow_bookmarks WHERE id = @id", "@id");
        deleteStimulus = Prepare("DELETE FROM workflow_stimuli WHERE id = @id", "@id");
        findClaim = Prepare("""
            SELECT claimed_by, claimed_until FROM workflow_bookmarks
            WHERE id = @id AND instance_id = @instance_id AND claimed_until IS NOT NULL
            """, "@id", "@instance_id");
        deleteBookmarks = Prepare("DELETE FROM workflow_bookmarks WHERE instance_id = @instance_id", "@instance_id");
        insertBookmark = Prepare("""
            INSERT INTO workflow_bookmarks (id, instance_id, activity_id, name, hash, correlation_id, resume_at, payload,
                created_at, claimed_by, claimed_until)
            VALUES (@id, @instance_id, @activity_id, @name, @hash, @correlation_id, @resume_at, @payload,
                @created_at, @claimed_by, @claimed_until)
            """, "@id", "@instance_id", "@activity_id", "@name", "@hash", "@correlation_id", "@resume_at", "@payload",
            "@created_at", "@claimed_by", "@claimed_until");
        savepoint = Prepare("SAVEPOINT group_commit");
        release = Prepare("RELEASE group_commit");
        rollbackTo = Prepare("ROLLBACK TO group_commit");
        all = [insertInstance, updateInstance, deleteBookmark, deleteStimulus, findClaim, deleteBookmarks, insertBookmark, savepoint, release, rollbackTo];
    }

    /// <summary>The batch transaction every command runs in until the next batch.</summary>
    public void Enlist(DbTransaction transaction)
    {
        foreach (var command in all) command.Transaction = transaction;
    }

    public void Savepoint() => Run(savepoint);

    public void ReleaseSavepoint() => Run(release);

    /// <summary>Undoes the commit since <see cref="Savepoint"/> and drops the savepoint, so that they do not pile up in the batch.</summary>
    public void RollbackToSavepoint()
    {
        Run(rollbackTo);
        Run(release);
    }

    /// <summary>
    /// Applies a commit inside the batch transaction and returns the stored revision, as
    /// <see cref="WorkflowCommitStatements.ApplyAsync"/> does; throws on the first miss, the caller rolls back.
    /// </summary>
    public long Apply(WorkflowCommit commit)
    {
        WorkflowCommitStatements.CheckBookmarksBelongTo(commit);
        var revision = (commit.ExpectedRevision ?? 0) + 1;
        var r = RecordMapping.ToRecord(commit.Instance, revision);
        var saved = commit.ExpectedRevision is null
            ? Run(insertInstance, r.Id, r.DefinitionId, r.DefinitionVersion, r.Status.ToString(), r.SubStatus.ToString(), r.CorrelationId,
                r.Name, r.Revision, r.CreatedAt.UtcTicks, r.UpdatedAt.UtcTicks, r.State, r.Incidents)
            : Run(updateInstance, r.Status.ToString(), r.SubStatus.ToString(), r.CorrelationId, r.Name, r.Revision, r.UpdatedAt.UtcTicks,
                r.State, r.Incidents, r.Id, commit.ExpectedRevision.Value);
        if (saved != 1) throw WorkflowCommitStatements.InstanceConflict(commit);

        if (commit.ConsumedBookmarkId is { } bookmarkId && Run(deleteBookmark, bookmarkId) != 1)
            throw WorkflowCommitStatements.BookmarkConflict(bookmarkId);
        foreach (var stimulusId in commit.ConsumedStimulusIds.Distinct())
            if (Run(deleteStimulus, stimulusId) != 1) throw WorkflowCommitStatements.StimulusConflict(commit);

        ReplaceBookmarks(commit);
        return revision;
    }

    /// <summary>
    /// As <see cref="WorkflowCommitStatements"/>: a timer that stays keeps its live claim. Only timers are ever
    /// claimed, so the claim is looked up for timers alone and a step without one costs no read.
    /// </summary>
    private void ReplaceBookmarks(WorkflowCommit commit)
    {
        var instanceId = commit.Instance.Id;
        var claims = new Dictionary<string, (object By, object Until)>();
        foreach (var timer in commit.Bookmarks.Where(b => b.ResumeAt is not null))
        {
            SetValues(findClaim, timer.Id, instanceId);
            using var reader = findClaim.ExecuteReader();
            if (reader.Read()) claims[timer.Id] = (reader.GetValue(0), reader.GetValue(1));
        }
        Run(deleteBookmarks, instanceId);
        foreach (var bookmark in commit.Bookmarks)
        {
            var b = RecordMapping.ToRecord(bookmark);
            var (claimedBy, claimedUntil) = claims.GetValueOrDefault(b.Id, (DBNull.Value, DBNull.Value));
            Run(insertBookmark, b.Id, b.InstanceId, b.ActivityId, b.Name, b.Hash, b.CorrelationId, b.ResumeAt?.UtcTicks, b.Payload,
                b.CreatedAt.UtcTicks, claimedBy, claimedUntil);
        }
    }

    private static int Run(DbCommand command, params object?[] values)
    {
        SetValues(command, values);
        return command.ExecuteNonQuery();
    }

    private static void SetValues(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose()
    {
        foreach (var command in all) command.Dispose();
    }
}
