using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>Attachments in the portal database: metadata and bytes in one commit, so a listed file always has its bytes.</summary>
public sealed class DatabaseAttachmentStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IAttachmentStore
{
    public async Task<Attachment> SaveAsync(NewAttachment file, CancellationToken cancellationToken = default)
    {
        var attachment = new Attachment
        {
            Id = Guid.NewGuid().ToString("N"),
            OwnerId = file.OwnerId,
            CaseId = file.CaseId,
            FileName = SafeName(file.FileName),
            ContentType = file.ContentType,
            Size = file.Bytes.LongLength,
            UploadedBy = file.UploadedBy,
            UploadedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Attachments.Add(attachment);
        db.AttachmentContents.Add(new AttachmentContent { AttachmentId = attachment.Id, Bytes = file.Bytes });
        await db.SaveChangesAsync(cancellationToken);
        return attachment;
    }

    public async Task<Attachment?> FindAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
    }

    public async Task<byte[]?> ReadAsync(string attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId)
            .Select(c => c.Bytes).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The browser's file name without any folder part or control characters, at most 255 characters.</summary>
    public static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string([.. file.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length == 0) clean = "bilaga";
        return clean.Length > 255 ? clean[..255] : clean;
    }
}
