using FormEngine.Catalog;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Cases;

/// <summary>
/// <see cref="ICaseQueues"/> on the portal database: routing puts the case, unassigned, in a queue of its clinic
/// (or of the clinic it is forwarded to), where the clinic's ärendemottagare distribute it. Without a queue the
/// case goes to the queue the clinic's catalogue entry names for the e-service, else the clinic's default queue.
/// A repeated routing to where the case already waits changes nothing.
/// </summary>
public sealed class CaseQueuesOnDatabase(CaseChanges changes, DefinitionLibrary library) : ICaseQueues
{
    public ValueTask<QueueRouting> RouteAsync(string caseId, string? clinicKey, string? queueKey, CancellationToken cancellationToken = default) =>
        new(changes.ApplyAsync(caseId, (db, record, now) =>
        {
            var clinic = library.Catalog.FindClinic(string.IsNullOrEmpty(clinicKey) ? record.ClinicKey : clinicKey);
            var queue = clinic is null ? null
                : string.IsNullOrEmpty(queueKey) ? clinic.QueueFor(record.FormKey) ?? clinic.DefaultQueue
                : clinic.FindQueue(queueKey);
            if (clinic is null || queue is null) return Task.FromResult(QueueRouting.NoSuchQueue);

            var forwarded = clinic.Key != record.ClinicKey;
            var waitedForResident = record.Status == CaseStatus.VäntarPåInvånare;
            if (!forwarded && record.QueueKey == queue.Key && record.AssignedTo is null && record.DistributedAt is null && !waitedForResident)
                return Task.FromResult(QueueRouting.Routed);

            record.ClinicKey = clinic.Key;
            record.RegionKey = clinic.RegionKey;
            record.QueueKey = queue.Key;
            record.AssignedTo = null;
            record.DistributedAt = null;
            // A resident's reply (or a message staff started) starts a new reply time for the clinic.
            if (record.DueAt is null || waitedForResident) record.DueAt = SwedishCalendar.Instance.DeadlineAfter(now, ReplyTimeDays(record, clinic));
            db.CaseEvents.Add(CaseHistory.Event(record, forwarded ? CaseHistory.Forwarded : CaseHistory.Routed, $"{clinic.Key}/{queue.Key}", CaseHistory.Workflow, now));
            return Task.FromResult(QueueRouting.Routed);
        }, cancellationToken));

    private int ReplyTimeDays(CaseRecord record, Clinic clinic) =>
        library.Form(record.FormKey, record.FormVersion)?.Definition.ReplyTimeDays
        ?? library.Catalog.RegionOf(clinic)?.ReplyTimeDaysDefault
        ?? CaseIntake.DefaultReplyTimeDays;
}
