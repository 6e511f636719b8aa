using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Cases;

/// <summary>
/// <see cref="ICaseStatuses"/> on the portal database: the status the workflow sets is the case's status (the
/// workflows say Inkommen after routing; Fördelad is set by staff distributing). Setting the status it already
/// has changes nothing.
/// </summary>
public sealed class CaseStatusesOnDatabase(CaseChanges changes) : ICaseStatuses
{
    public ValueTask SetStatusAsync(string caseId, string status, CancellationToken cancellationToken = default) =>
        new(changes.ApplyAsync(caseId, (db, record, now) =>
        {
            if (record.Status != status)
            {
                record.Status = status;
                db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Status, status, CaseHistory.Workflow, now));
            }
            return Task.FromResult(0);
        }, cancellationToken));
}
