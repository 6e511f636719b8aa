using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Cases;

/// <summary>
/// <see cref="ICaseStatuses"/> on the portal database. "Fördelad" is the ärendemottagare's word: it means a person
/// or group has the case. A workflow that says Fördelad right after routing a case to its clinic's queue
/// (standard-case does) means "in the queue"; until someone distributes it the case stays Inkommen, so the
/// resident and the inbox agree. Setting the status it already has changes nothing.
/// </summary>
public sealed class CaseStatusesOnDatabase(CaseChanges changes) : ICaseStatuses
{
    public ValueTask SetStatusAsync(string caseId, string status, CancellationToken cancellationToken = default) =>
        new(changes.ApplyAsync(caseId, (db, record, now) =>
        {
            var effective = status == CaseStatus.Fördelad && record.DistributedAt is null ? CaseStatus.Inkommen : status;
            if (record.Status != effective)
            {
                record.Status = effective;
                db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Status, effective, CaseHistory.Workflow, now));
            }
            return Task.FromResult(0);
        }, cancellationToken));
}
