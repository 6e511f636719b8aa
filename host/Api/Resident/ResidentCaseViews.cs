using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;

namespace FormEngine.Host.Api.Resident;

/// <summary>
/// A <see cref="ResidentCaseView"/> as JSON: the answers both raw and as the label/value summary of the form
/// version the resident used (with the clinic's list labels, built like the form page builds them).
/// </summary>
internal sealed class ResidentCaseViews(DefinitionLibrary library, ResidentFormContexts formContexts)
{
    public async Task<CaseDto> ToDtoAsync(string personnummer, ResidentCaseView view, CancellationToken cancellationToken)
    {
        var record = view.Case;
        var clinic = library.Catalog.FindClinic(record.ClinicKey);
        var form = library.Form(record.FormKey, record.FormVersion);
        var answers = view.Submission is { } submission ? JsonNode.Parse(submission.Answers) : null;
        IReadOnlyList<AnswerSectionDto> summary = [];
        if (answers is JsonObject data && form is not null && clinic is not null)
        {
            var context = await formContexts.ForAsync(personnummer, clinic, form, cancellationToken);
            summary = [.. AnswerSummary.Of(form, data, context)
                .Select(s => new AnswerSectionDto(s.Title, [.. s.Rows.Select(r => new AnswerRowDto(r.Label, r.Value))]))];
        }
        return new CaseDto(
            record.Id, record.Reference, record.Title, record.ClinicKey, clinic?.Name, record.FormKey, record.FormVersion,
            record.Status, ResidentCaseStatus.Text(record.Status), record.CreatedAt, record.UpdatedAt, record.ClosedAt,
            answers, summary, MessageDto.From(view), [.. view.Attachments.Select(AttachmentDto.From)], view.OpenQuestion?.Id);
    }
}
