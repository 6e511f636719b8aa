using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Cases;

/// <summary>
/// Where attachment bytes live. The database implementation is the default; a file or object store can replace
/// it. The store does not decide who may read a file: <see cref="ResidentAttachments"/> and the staff pages do.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Stores a file whose type was already checked by content (<see cref="ContentSniffer"/>).</summary>
    Task<Attachment> SaveAsync(NewAttachment file, CancellationToken cancellationToken = default);

    Task<Attachment?> FindAsync(string attachmentId, CancellationToken cancellationToken = default);

    Task<byte[]?> ReadAsync(string attachmentId, CancellationToken cancellationToken = default);
}

/// <param name="CaseId">Empty while the file belongs to a form being filled in; intake sets it with the case.</param>
/// <param name="OwnerId">The draft, submission or message the file belongs to.</param>
public sealed record NewAttachment(string OwnerId, string CaseId, string FileName, string ContentType, byte[] Bytes, string UploadedBy);
