using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Host.Api.Resident;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Api.Staff;

/// <summary>
/// <see cref="CaseDetails"/> as JSON: answers raw and as the label/value summary staff read on the case page,
/// the history in Swedish, and the decisions the case's workflow offers right now.
/// </summary>
internal sealed class StaffCaseViews(DefinitionLibrary library, ResidentFormContexts formContexts, WaitingDecisions waiting)
{
    /// <param name="staff">Decisions are listed only for an ärendehanterare at the case's clinic, as on the case page.</param>
    public async Task<StaffCaseDto> ToDtoAsync(CaseDetails details, StaffProfile staff, CancellationToken cancellationToken)
    {
        var record = details.Case;
        var clinic = library.Catalog.FindClinic(record.ClinicKey);
        var submissions = new List<SubmissionDto>();
        foreach (var submission in details.Submissions)
            submissions.Add(await SubmissionAsync(record, submission, cancellationToken));
        var offered = record.ClosedAt is null && staff.IsHandlerAt(record.ClinicKey) ? await waiting.FindAsync(record.Id, cancellationToken) : null;
        var resident = details.Resident;
        return new StaffCaseDto(
            record.Id, record.Reference, record.Title, record.ClinicKey, record.QueueKey, record.AssignedTo, record.FormKey,
            record.FormVersion, record.Category, record.FlowType, record.Status, CaseStatusNames.Status(record.Status),
            CaseStatusNames.Starter(record.StartedByKind), record.CreatedAt, record.UpdatedAt, record.DueAt, details.Overdue,
            record.ClosedAt, record.ClosedReason, record.Revision,
            new ResidentDto(record.ResidentPersonnummer, resident?.Name, resident?.ProtectedIdentity ?? false, resident?.AccountStatus.ToString()),
            submissions,
            [.. details.Messages.Select(m => new StaffMessageDto(m.Id,
                m.Direction == MessageDirection.ToResident ? "to-resident" : "from-resident", m.Kind, m.Subject, m.Text,
                m.SenderName, m.SenderTitle, m.SentBy, m.SentAt, m.ReadAt, m.AnsweredBy))],
            [.. details.Events.Select(e => new CaseEventDto(e.Kind, CaseStatusNames.Event(e.Kind), e.Detail, e.By, e.At))],
            [.. details.Attachments.Select(AttachmentDto.From)],
            [.. (offered?.Decisions ?? []).Select(d => new DecisionOptionDto(d, StaffDecisions.Label(d)))],
            [.. (clinic?.StandardReplies ?? []).Select(r => new StandardReplyDto(r.Key, r.Title, r.Text))]);
    }

    private async Task<SubmissionDto> SubmissionAsync(CaseRecord record, Submission submission, CancellationToken cancellationToken)
    {
        var answers = JsonNode.Parse(submission.Answers);
        var form = library.Form(submission.FormKey, submission.FormVersion);
        var clinic = library.Catalog.FindClinic(record.ClinicKey);
        IReadOnlyList<AnswerSectionDto> summary = [];
        if (answers is JsonObject data && form is not null && clinic is not null)
            summary = await SummaryAsync(record.ResidentPersonnummer, clinic, form, data, cancellationToken);
        return new SubmissionDto(submission.Id, submission.MessageId, submission.FormKey, submission.FormVersion, submission.SubmittedAt, answers, summary);
    }

    private async Task<IReadOnlyList<AnswerSectionDto>> SummaryAsync(
        string personnummer, FormEngine.Catalog.Clinic clinic, CompiledForm form, JsonObject data, CancellationToken cancellationToken)
    {
        var context = await formContexts.ForAsync(personnummer, clinic, form, cancellationToken);
        return [.. AnswerSummary.Of(form, data, context)
            .Select(s => new AnswerSectionDto(s.Title, [.. s.Rows.Select(r => new AnswerRowDto(r.Label, r.Value))]))];
    }
}
