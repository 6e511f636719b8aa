using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Which attachments a resident may download: files they uploaded themselves, and files on their own cases
/// (for example a picture staff attached to an invånarärende). Everything else is not found.
/// </summary>
public sealed class ResidentAttachments(IDbContextFactory<PortalDbContext> contexts, IAttachmentStore store)
{
    public async Task<(Attachment Attachment, byte[] Bytes)?> OpenAsync(string personnummer, string attachmentId, CancellationToken cancellationToken = default)
    {
        var attachment = await store.FindAsync(attachmentId, cancellationToken);
        if (attachment is null) return null;
        if (attachment.UploadedBy != personnummer)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (attachment.CaseId.Length == 0 || !await ResidentInbox.Visible(db, personnummer).AnyAsync(c => c.Id == attachment.CaseId, cancellationToken))
                return null;
        }
        return await store.ReadAsync(attachmentId, cancellationToken) is { } bytes ? (attachment, bytes) : null;
    }
}
