using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// The patientdatalagen access log: who (HSA-id) did what (read, change, ...) to which resident's data at which
/// clinic, and when. Append-only: this class only inserts. "What" names the case and the part of it, never the data.
/// Residents' own reads of their health data (Journalen, Läkemedel, Högkostnadsskydd) are logged here too, with
/// the resident or the guardian acting as ombud as the actor (<see cref="ResidentReadAsync"/>).
/// </summary>
public sealed class AccessLog(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string Read = "read";
    public const string Change = "change";
    public const string Disclose = "disclose";
    /// <summary>Data taken out of the system, e.g. a downloaded attachment.</summary>
    public const string Copy = "copy";

    /// <summary>A case shown to staff (the case page and the API show the same parts, so they log the same words).</summary>
    public static string CaseViewed(CaseRecord record) => $"ärende {record.Reference}: svar, meddelanden och historik";

    /// <summary>A case's attachment downloaded by staff. The file name is the resident's or colleague's label for it.</summary>
    public static string AttachmentCopied(Attachment attachment, CaseRecord record) => $"bilaga {attachment.FileName} i ärende {record.Reference}";

    /// <summary>
    /// A resident (or a guardian acting for a child as ombud: <paramref name="ombudPersonnummer"/>) was shown health
    /// data held by <paramref name="clinicKeys"/>: one entry per clinic, so each clinic's granskare sees the reads of
    /// its data. Nothing shown, nothing logged. <paramref name="what"/> names the view, never its contents.
    /// </summary>
    public async Task ResidentReadAsync(string residentPersonnummer, string? ombudPersonnummer, IEnumerable<string> clinicKeys, string what,
        CancellationToken cancellationToken = default)
    {
        var clinics = clinicKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (clinics.Count == 0) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var clinic in clinics)
        {
            var entry = Entry("", residentPersonnummer, clinic, Read, what);
            entry.Actor = ombudPersonnummer is null ? AccessLogActors.Resident : AccessLogActors.Ombud;
            entry.ActorPersonnummer = ombudPersonnummer ?? residentPersonnummer;
            db.AccessLog.Add(entry);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task WriteAsync(string staffHsaId, string residentPersonnummer, string clinicKey, string action, string what,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AccessLog.Add(Entry(staffHsaId, residentPersonnummer, clinicKey, action, what));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An entry to add in the caller's own transaction, so that the change and its log entry commit together.</summary>
    public AccessLogEntry Entry(string staffHsaId, string residentPersonnummer, string clinicKey, string action, string what) => new()
    {
        At = clock.GetUtcNow(),
        StaffHsaId = staffHsaId,
        ResidentPersonnummer = residentPersonnummer,
        ClinicKey = clinicKey,
        Action = action,
        What = what,
    };
}
