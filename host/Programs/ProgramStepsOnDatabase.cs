using FormEngine.Persistence.Portal;
using FormEngine.Programs;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Programs;

/// <summary>
/// <see cref="IProgramSteps"/> on the portal database: the step is marked recorded and its assignment shown as new
/// in the behandlare's list. Running it twice (after a crash) changes nothing more.
/// </summary>
public sealed class ProgramStepsOnDatabase(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IProgramSteps
{
    public async ValueTask<bool> RecordAsync(string stepSubmissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var submission = await db.ProgramStepSubmissions.FirstOrDefaultAsync(s => s.Id == stepSubmissionId, cancellationToken);
        if (submission is null) return false;
        if (submission.RecordedAt is not null) return true;
        var now = clock.GetUtcNow();
        submission.RecordedAt = now;
        var assignment = await db.ProgramAssignments.FirstOrDefaultAsync(a => a.Id == submission.AssignmentId, cancellationToken);
        if (assignment is not null)
        {
            assignment.NewForBehandlare = true;
            assignment.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
