using FormEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

public sealed partial class EfWorkflowStore
{
    /// <summary>
    /// One transaction per commit (see <see cref="WorkflowCommitStatements"/>), or, when the store was given a
    /// <see cref="GroupCommitWriter"/>, one shared transaction for the commits that arrive together.
    /// </summary>
    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        if (groupCommit is not null)
        {
            await groupCommit.CommitAsync(commit, cancellationToken);
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // On SQLite this is BEGIN IMMEDIATE: writers queue for the lock (busy_timeout) instead of failing mid-way.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revision = await WorkflowCommitStatements.ApplyAsync(db, commit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        commit.Instance.Revision = revision;
    }
}
