using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases.Audit;

/// <summary>
/// One access-log entry as the granskare sees it, with the staff member's name when they are known; for a
/// resident's own read <see cref="Actor"/> says who (the resident, or a guardian as ombud with their personnummer).
/// </summary>
public sealed record AccessLogRow(DateTimeOffset At, string StaffHsaId, string? StaffName, string ResidentPersonnummer, string ClinicKey, string Action, string What,
    string Actor = AccessLogActors.Staff, string? ActorPersonnummer = null)
{
    /// <summary>Who read, in Swedish: the staff member's name, "Invånaren själv" or "Ombud (vårdnadshavare) ÅÅÅÅMMDD-NNNN".</summary>
    public string ActorText => Actor switch
    {
        AccessLogActors.Resident => "Invånaren själv",
        AccessLogActors.Ombud => $"Ombud (vårdnadshavare) {Formatted(ActorPersonnummer)}",
        _ => StaffName ?? "",
    };

    private static string Formatted(string? pnr) => pnr is { Length: 12 } ? $"{pnr[..8]}-{pnr[8..]}" : pnr ?? "";
}

/// <summary>A page of the search: newest first.</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogRow> Rows, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Reads the access log for a granskare, only ever within <c>allowedClinics</c> (the caller's <see cref="AuditScope"/>):
/// a clinic filter outside it finds nothing rather than an error, so the search does not reveal which clinics exist.
/// Read-only: nothing here (or anywhere in the host) updates or deletes entries.
/// </summary>
public sealed class AccessLogSearch(IDbContextFactory<PortalDbContext> contexts)
{
    public const int PageSize = 50;

    public async Task<AccessLogPage> PageAsync(AccessLogQuery query, IReadOnlyCollection<string> allowedClinics, int pageNumber,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Rows(db, query, allowedClinics);
        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var shown = await rows.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AccessLogPage(shown, total, page, PageSize);
    }

    /// <summary>Every entry the search finds, newest first, streamed (an export can be large).</summary>
    public async IAsyncEnumerable<AccessLogRow> AllAsync(AccessLogQuery query, IReadOnlyCollection<string> allowedClinics,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var row in Rows(db, query, allowedClinics).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return row;
    }

    private static IQueryable<AccessLogRow> Rows(PortalDbContext db, AccessLogQuery query, IReadOnlyCollection<string> allowedClinics)
    {
        var clinics = allowedClinics.ToList();
        var entries = db.AccessLog.AsNoTracking().Where(e => clinics.Contains(e.ClinicKey));
        if (query.Personnummer is { } resident) entries = entries.Where(e => e.ResidentPersonnummer == resident);
        if (query.StaffHsaId is { } staff) entries = entries.Where(e => e.StaffHsaId == staff);
        if (query.ClinicKey is { } clinic) entries = entries.Where(e => e.ClinicKey == clinic);
        if (query.FromUtc is { } from) entries = entries.Where(e => e.At >= from);
        if (query.BeforeUtc is { } before) entries = entries.Where(e => e.At < before);
        return from e in entries
               join s in db.Staff.AsNoTracking() on e.StaffHsaId equals s.HsaId into named
               from s in named.DefaultIfEmpty()
               orderby e.At descending, e.Id descending
               select new AccessLogRow(e.At, e.StaffHsaId, s == null ? null : s.Name, e.ResidentPersonnummer, e.ClinicKey, e.Action, e.What,
                   e.Actor, e.ActorPersonnummer);
    }
}
