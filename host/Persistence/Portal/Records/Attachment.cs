namespace FormEngine.Persistence.Portal.Records;

/// <summary>A file attached to a submission or a message; the bytes live behind IAttachmentStore.</summary>
public sealed class Attachment
{
    public required string Id { get; set; }
    public required string OwnerId { get; set; }
    public required string CaseId { get; set; }
    public required string FileName { get; set; }
    /// <summary>The type detected from the content, never the one the browser claimed.</summary>
    public required string ContentType { get; set; }
    public required long Size { get; set; }
    public required string UploadedBy { get; set; }
    public required DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The bytes of an attachment, stored in the database by default.</summary>
public sealed class AttachmentContent
{
    public required string AttachmentId { get; set; }
    public required byte[] Bytes { get; set; }
}
