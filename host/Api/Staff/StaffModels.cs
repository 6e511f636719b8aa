using System.Text.Json.Nodes;
using FormEngine.Host.Api.Resident;
using FormEngine.Host.Cases;

namespace FormEngine.Host.Api.Staff;

public sealed record StaffCaseListItemDto(
    string Id, string Reference, string Title, string ClinicKey, string? QueueKey, string Status, string StatusText,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, bool Overdue, string ResidentName, bool ProtectedIdentity,
    string StartedBy, string? AssignedTo, string FlowType)
{
    public static StaffCaseListItemDto From(CaseListItem c) => new(
        c.Id, c.Reference, c.Title, c.ClinicKey, c.QueueKey, c.Status, CaseStatusNames.Status(c.Status), c.CreatedAt, c.DueAt,
        c.Overdue, c.ResidentName, c.ProtectedIdentity, CaseStatusNames.Starter(c.StartedByKind), c.AssignedTo, c.FlowType);

    public static IReadOnlyList<StaffCaseListItemDto> From(IEnumerable<CaseListItem> cases) => [.. cases.Select(From)];
}

/// <summary>"Mina ärenden": distributed to me, and to a group at a clinic where I handle cases.</summary>
public sealed record MyCasesDto(IReadOnlyList<StaffCaseListItemDto> Assigned, IReadOnlyList<StaffCaseListItemDto> Groups);

public sealed record ResidentDto(string Personnummer, string? Name, bool ProtectedIdentity, string? AccountStatus);

public sealed record SubmissionDto(
    string Id, string? MessageId, string FormKey, int FormVersion, DateTimeOffset SubmittedAt, JsonNode? Answers, IReadOnlyList<AnswerSectionDto> Summary);

public sealed record CaseEventDto(string Kind, string Text, string? Detail, string By, DateTimeOffset At);

public sealed record DecisionOptionDto(string Decision, string Label);

public sealed record StandardReplyDto(string Key, string Title, string Text);

/// <summary>A case as staff see it. <paramref name="Revision"/> (also the ETag) goes in If-Match of the next action.</summary>
public sealed record StaffCaseDto(
    string Id, string Reference, string Title, string ClinicKey, string? QueueKey, string? AssignedTo, string FormKey, int FormVersion,
    string Category, string FlowType, string Status, string StatusText, string StartedBy, DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt, DateTimeOffset? DueAt, bool Overdue, DateTimeOffset? ClosedAt, string? ClosedReason, long Revision,
    ResidentDto Resident, IReadOnlyList<SubmissionDto> Submissions, IReadOnlyList<StaffMessageDto> Messages,
    IReadOnlyList<CaseEventDto> History, IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<DecisionOptionDto> Decisions,
    IReadOnlyList<StandardReplyDto> StandardReplies);

public sealed record StaffMessageDto(
    string Id, string Direction, string Kind, string? Subject, string Text, string? SenderName, string? SenderTitle,
    string SentBy, DateTimeOffset SentAt, DateTimeOffset? ReadAt, string? AnsweredBy);

/// <param name="Target"><c>handler:HSA-id</c> (an ärendehanterare at the clinic) or <c>group:queue key</c>.</param>
public sealed record DistributeRequest(string? Target, string? PartialReply = null);

/// <param name="Decision">One of the decisions the case offers now (GET staff/cases/{id}: decisions).</param>
/// <param name="Message">The answer (Answered) or question (AskResident) to the resident.</param>
/// <param name="ForwardTo">The clinic key (Forward).</param>
public sealed record DecisionRequest(string? Decision, string? Message = null, string? ForwardTo = null);

/// <param name="Faulted">Applied, but the workflow raised an incident carrying it out; an administrator retries it.</param>
public sealed record ActionResultDto(string Message, bool Faulted);

/// <summary>An invånarärende. Omitted texts are the template's; the signature defaults to the sender's name and title and today's date.</summary>
public sealed record DialogueCreateRequest(
    string ClinicKey, string TemplateKey, string Personnummer, string? Subject = null, string? Text = null,
    string? SignatureName = null, string? SignatureTitle = null, string? SignatureDate = null);

public sealed record TemplateDto(string Key, int Version, IReadOnlyDictionary<string, string> Title, string Kind, string Subject, string Text);
