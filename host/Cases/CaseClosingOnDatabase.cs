using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Cases;

/// <summary><see cref="ICaseClosing"/> on the portal database; closing a closed case again changes nothing.</summary>
public sealed class CaseClosingOnDatabase(CaseChanges changes) : ICaseClosing
{
    public ValueTask CloseAsync(string caseId, string reason, CancellationToken cancellationToken = default) =>
        new(changes.ApplyAsync(caseId, (db, record, now) =>
        {
            if (record.ClosedAt is not null) return Task.FromResult(0);
            record.Status = CaseStatus.Avslutad;
            record.ClosedAt = now;
            record.ClosedReason = reason;
            db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Closed, reason, CaseHistory.Workflow, now));
            return Task.FromResult(0);
        }, cancellationToken));
}
