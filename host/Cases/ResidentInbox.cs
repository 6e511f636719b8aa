using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>One row of the resident's inbox.</summary>
public sealed record InboxEntry(string CaseId, string Reference, string Title, string ClinicKey, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Unread);

/// <summary>A case as its resident sees it: what they sent, the conversation and the attached files.</summary>
public sealed record ResidentCaseView(CaseRecord Case, Submission? Submission, IReadOnlyList<CaseMessage> Messages, IReadOnlyList<Attachment> Attachments)
{
    /// <summary>Answers given in a form as replies (an invånarärende template's question), oldest first.</summary>
    public IReadOnlyList<Submission> ReplySubmissions { get; init; } = [];

    /// <summary>The clinic's latest question that has no answer yet; the resident can reply to it.</summary>
    public CaseMessage? OpenQuestion => Messages.LastOrDefault(m =>
        m.Direction == MessageDirection.ToResident && m.Kind == FormEngine.Workflows.Cases.ResidentMessageKind.Question && m.AnsweredBy is null);
}

/// <summary>
/// The inbox (Inkorg): the cases about the resident only (a guardian acting as ombud is the child here); any other case id
/// is "not found", never "forbidden", so ids reveal nothing.
/// </summary>
public sealed class ResidentInbox(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxEntry>> ListAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Visible(db, personnummer)
            .Select(c => new InboxEntry(c.Id, c.Reference, c.Title, c.ClinicKey, c.Status, c.CreatedAt, c.UpdatedAt,
                db.Messages.Any(m => m.CaseId == c.Id && m.Direction == MessageDirection.ToResident && m.ReadAt == null)))
            .ToListAsync(cancellationToken);
        // Newest activity first; sorted here because providers store DateTimeOffset differently.
        return [.. rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.CreatedAt)];
    }

    public async Task<int> UnreadCountAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db, personnummer)
            .CountAsync(c => db.Messages.Any(m => m.CaseId == c.Id && m.Direction == MessageDirection.ToResident && m.ReadAt == null), cancellationToken);
    }

    /// <summary>The clinics the resident has cases with, most recent first.</summary>
    public async Task<IReadOnlyList<string>> ClinicsAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        var cases = await ListAsync(personnummer, cancellationToken);
        return [.. cases.Select(c => c.ClinicKey).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The case if it is the resident's, without marking anything read (for the receipt).</summary>
    public async Task<CaseRecord?> FindAsync(string personnummer, string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Visible(db, personnummer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
    }

    /// <summary>Opens a case and marks the clinic's messages in it read; null when it is not the resident's.</summary>
    public async Task<ResidentCaseView?> OpenAsync(string personnummer, string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await Visible(db, personnummer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null) return null;
        var now = clock.GetUtcNow();
        await db.Messages.Where(m => m.CaseId == caseId && m.Direction == MessageDirection.ToResident && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), cancellationToken);
        var submissions = (await db.Submissions.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(s => s.SubmittedAt).ToList();
        var messages = (await db.Messages.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(m => m.SentAt).ToList();
        var attachments = (await db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken))
            .OrderBy(a => a.UploadedAt).ToList();
        return new ResidentCaseView(record, submissions.FirstOrDefault(s => s.MessageId is null), messages, attachments)
        {
            ReplySubmissions = [.. submissions.Where(s => s.MessageId is not null)],
        };
    }

    // Only cases about the person: a guardian sees the child's cases while acting as the child (Ombud), never
    // through having started them, so the view ends with the right on the 13th birthday.
    internal static IQueryable<CaseRecord> Visible(PortalDbContext db, string personnummer) =>
        db.Cases.Where(c => c.ResidentPersonnummer == personnummer);
}
