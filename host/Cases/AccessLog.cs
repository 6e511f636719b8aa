using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// The patientdatalagen access log: who (HSA-id) did what (read, change, ...) to which resident's data at which
/// clinic, and when. Append-only: this class only inserts. "What" names the case and the part of it, never the data.
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
