using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// What the staff pages list and show: the clinic inbox (routed, not yet distributed), "Mina ärenden" and one case
/// with everything about it. Lists carry no answers; the case view does, and its page writes the access log.
/// </summary>
public sealed class CaseWorkspace(IDbContextFactory<PortalDbContext> contexts, IAttachmentStore store, TimeProvider clock)
{
    private const int MaxListed = 500;

    /// <summary>Open cases waiting in the clinic's queues for an ärendemottagare, oldest due first.</summary>
    public async Task<IReadOnlyList<CaseListItem>> InboxAsync(string clinicKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking().Where(c => c.ClinicKey == clinicKey && c.DistributedAt == null && c.ClosedAt == null
            && c.QueueKey != null && c.Status != CaseStatus.VäntarPåInvånare);
        return await ListAsync(db, cases, cancellationToken);
    }

    /// <summary>Open cases distributed to the staff member, and those distributed to a group at a clinic where they handle cases.</summary>
    public async Task<MyCases> MyCasesAsync(StaffProfile staff, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = await ListAsync(db, db.Cases.AsNoTracking().Where(c => c.AssignedTo == staff.HsaId && c.ClosedAt == null), cancellationToken);
        var clinics = staff.ClinicsWith(StaffRoles.Arendehanterare).ToList();
        var groups = clinics.Count == 0 ? [] : await ListAsync(db, db.Cases.AsNoTracking().Where(c =>
            clinics.Contains(c.ClinicKey) && c.AssignedTo == null && c.DistributedAt != null && c.ClosedAt == null), cancellationToken);
        return new MyCases(mine, groups);
    }

    public async Task<CaseRecord?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
    }

    /// <summary>
    /// Everything staff see on a case, if they work cases at its clinic (else null, as for no case at all). The
    /// access is checked on the row before anything is loaded: opening marks the resident's replies read by the
    /// clinic, which a member of staff who may not see the case must not do.
    /// </summary>
    public Task<CaseDetails?> OpenAsync(StaffProfile staff, string caseId, CancellationToken cancellationToken = default) =>
        LoadAsync(caseId, record => staff.WorksCasesAt(record.ClinicKey), cancellationToken);

    /// <summary>Everything about a case, for a caller that has already checked access (prefer <see cref="OpenAsync"/>).</summary>
    public Task<CaseDetails?> DetailsAsync(string caseId, CancellationToken cancellationToken = default) =>
        LoadAsync(caseId, _ => true, cancellationToken);

    private async Task<CaseDetails?> LoadAsync(string caseId, Func<CaseRecord, bool> mayOpen, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null || !mayOpen(record)) return null;
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Personnummer == record.ResidentPersonnummer, cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.CaseId == caseId).OrderBy(s => s.SubmittedAt).ToListAsync(cancellationToken);
        var messages = await db.Messages.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.SentAt).ToListAsync(cancellationToken);
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var attachments = await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        await db.Messages.Where(m => m.CaseId == caseId && m.Direction == MessageDirection.FromResident && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), cancellationToken);
        return new CaseDetails(record, resident, submissions, messages, events, attachments, IsOverdue(record, now));
    }

    /// <summary>
    /// A file on a case, for staff who may open the case (the same rule as the case view); null otherwise, and for
    /// files not yet on a case (a resident's draft).
    /// </summary>
    public async Task<CaseAttachment?> AttachmentAsync(StaffProfile staff, string attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await store.FindAsync(attachmentId, cancellationToken);
        if (attachment is null || attachment.CaseId.Length == 0) return null;
        var record = await FindAsync(attachment.CaseId, cancellationToken);
        if (record is null || !staff.WorksCasesAt(record.ClinicKey)) return null;
        return await store.ReadAsync(attachmentId, cancellationToken) is { } bytes ? new CaseAttachment(record, attachment, bytes) : null;
    }

    public static bool IsOverdue(CaseRecord record, DateTimeOffset now) =>
        record.ClosedAt is null && record.DueAt is { } due && due < now && record.Status != CaseStatus.VäntarPåInvånare;

    private async Task<IReadOnlyList<CaseListItem>> ListAsync(PortalDbContext db, IQueryable<CaseRecord> cases, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in cases
            join r in db.Residents.AsNoTracking() on c.ResidentPersonnummer equals r.Personnummer into found
            from r in found.DefaultIfEmpty()
            orderby c.DueAt, c.CreatedAt
            select new { Case = c, Name = r == null ? null : r.Name, Protected = r != null && r.ProtectedIdentity })
            .Take(MaxListed).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(r => new CaseListItem(r.Case.Id, r.Case.Reference, r.Case.Title, r.Case.ClinicKey, r.Case.QueueKey,
            r.Case.Status, r.Case.CreatedAt, r.Case.DueAt, IsOverdue(r.Case, now), r.Name ?? "Okänd invånare", r.Protected,
            r.Case.StartedByKind, r.Case.AssignedTo, r.Case.FlowType))];
    }
}

public sealed record CaseListItem(
    string Id, string Reference, string Title, string ClinicKey, string? QueueKey, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt, bool Overdue, string ResidentName, bool ProtectedIdentity, CaseStarter StartedByKind, string? AssignedTo,
    string FlowType);

public sealed record CaseAttachment(CaseRecord Case, Attachment Attachment, byte[] Bytes);

public sealed record MyCases(IReadOnlyList<CaseListItem> Assigned, IReadOnlyList<CaseListItem> Groups);

public sealed record CaseDetails(
    CaseRecord Case, Resident? Resident, IReadOnlyList<Submission> Submissions, IReadOnlyList<CaseMessage> Messages,
    IReadOnlyList<CaseEventRecord> Events, IReadOnlyList<Attachment> Attachments, bool Overdue);
