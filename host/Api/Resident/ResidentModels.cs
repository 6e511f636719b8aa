using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Api.Resident;

/// <param name="FormVersion">The version the client built its form from (GET eservices/{key}); 0 or absent for the current one.</param>
public sealed record SubmitCaseRequest(string ClinicKey, string FormKey, JsonObject Answers, int? FormVersion = null, string? DraftId = null);

/// <summary>The receipt: the case exists and is stored durably.</summary>
public sealed record ReceiptDto(string CaseId, string Reference);

public sealed record CaseSummaryDto(
    string Id, string Reference, string Title, string ClinicKey, string? ClinicName, string Status, string StatusText,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Unread);

public sealed record AnswerRowDto(string Label, string Value);

public sealed record AnswerSectionDto(string Title, IReadOnlyList<AnswerRowDto> Rows);

public sealed record AttachmentDto(string Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt)
{
    public static AttachmentDto From(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt);
}

public sealed record MessageDto(
    string Id, string Direction, string Kind, string? Subject, string Text, string? SenderName, string? SenderTitle,
    DateTimeOffset SentAt, DateTimeOffset? ReadAt, string? AnsweredBy, bool CanReply)
{
    public static IReadOnlyList<MessageDto> From(ResidentCaseView view) =>
        [.. view.Messages.Select(m => new MessageDto(
            m.Id, m.Direction == MessageDirection.ToResident ? "to-resident" : "from-resident", m.Kind, m.Subject, m.Text,
            m.SenderName, m.SenderTitle, m.SentAt, m.ReadAt, m.AnsweredBy, CanReply: view.OpenQuestion?.Id == m.Id))];
}

/// <summary>A case as its resident sees it.</summary>
/// <param name="Answers">The stored answers, shaped as the form version's JSON Schema describes.</param>
/// <param name="Summary">The same answers as label and value per page, as the portal lists them.</param>
public sealed record CaseDto(
    string Id, string Reference, string Title, string ClinicKey, string? ClinicName, string FormKey, int FormVersion,
    string Status, string StatusText, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ClosedAt,
    JsonNode? Answers, IReadOnlyList<AnswerSectionDto> Summary, IReadOnlyList<MessageDto> Messages,
    IReadOnlyList<AttachmentDto> Attachments, string? OpenQuestionId);

public sealed record ReplyRequest(string? Text);

public sealed record DraftRequest(string ClinicKey, string FormKey, JsonObject Answers, int? FormVersion = null, int Page = 0);

public sealed record DraftDto(
    string Id, string ClinicKey, string FormKey, int FormVersion, int Page, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, JsonObject? Answers)
{
    public static DraftDto From(Draft draft, bool withAnswers) => new(
        draft.Id, draft.ClinicKey, draft.FormKey, draft.FormVersion, draft.Page, draft.CreatedAt, draft.UpdatedAt,
        withAnswers ? DraftStore.AnswersOf(draft) : null);
}
