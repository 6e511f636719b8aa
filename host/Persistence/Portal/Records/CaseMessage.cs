namespace FormEngine.Persistence.Portal.Records;

/// <summary>A message in a case's conversation: from the clinic to the resident, or the resident's reply.</summary>
public sealed class CaseMessage
{
    public required string Id { get; set; }
    public required string CaseId { get; set; }
    public required MessageDirection Direction { get; set; }
    /// <summary>information, question (ResidentMessageKind), or reply (from the resident).</summary>
    public required string Kind { get; set; }
    public string? Subject { get; set; }
    public required string Text { get; set; }
    /// <summary>Signature: name and title of the sender (staff), editable before sending.</summary>
    public string? SenderName { get; set; }
    public string? SenderTitle { get; set; }
    /// <summary>HSA-id or personnummer of the sender.</summary>
    public required string SentBy { get; set; }
    public required DateTimeOffset SentAt { get; set; }
    /// <summary>When the resident (or staff, for replies) opened it; null = unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
    /// <summary>For a question: the message that answered it.</summary>
    public string? AnsweredBy { get; set; }
}

public enum MessageDirection
{
    ToResident,
    FromResident,
}
