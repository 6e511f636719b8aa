using System.Text.Json.Nodes;
using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>A question answered in a form: the case, the question, the template version staff sent and its clinic.</summary>
public sealed record ReplyForm(CaseRecord Case, CaseMessage Question, CompiledForm Form, Clinic Clinic);

public abstract record FormReplyResult
{
    public sealed record Sent(string ReplyId, string SubmissionId) : FormReplyResult;
    /// <summary>No question to answer in a form (not the resident's case, already answered, or not a template's).</summary>
    public sealed record NotOpen : FormReplyResult;
    public sealed record Invalid(SubmissionResult Result) : FormReplyResult;
}

/// <summary>
/// An invånarärende template with pages asks its question in a form: the resident's reply is that form, filled in
/// on the template version staff sent, validated by the same pipeline as e-services and stored as a
/// <see cref="Submission"/> whose <see cref="Submission.MessageId"/> is the reply's, in the reply's transaction.
/// Only the template's own question is answered in the form; a later question staff ask (AskResident) is answered
/// in free text. The half-filled form is a draft whose id is the case id (one per case and resident).
/// </summary>
public sealed class FormReplies(
    IDbContextFactory<PortalDbContext> contexts,
    DefinitionLibrary library,
    ResidentFormContexts formContexts,
    ReplyDelivery delivery,
    TimeProvider clock)
{
    /// <summary>The form the open question is answered in, or null when it is answered in free text (or not at all).</summary>
    public async Task<ReplyForm?> FindAsync(string personnummer, string caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, personnummer, caseId, cancellationToken);
    }

    public Task<FormContext> ContextAsync(string personnummer, ReplyForm target, CancellationToken cancellationToken = default) =>
        formContexts.ForAsync(personnummer, target.Clinic, target.Form, cancellationToken);

    public async Task<FormReplyResult> ReplyAsync(string personnummer, string caseId, JsonObject answers, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, personnummer, caseId, cancellationToken) is not { } target) return new FormReplyResult.NotOpen();
        var result = SubmissionPipeline.Process(target.Form, answers, await ContextAsync(personnummer, target, cancellationToken));
        if (!result.IsValid) return new FormReplyResult.Invalid(result);

        var now = clock.GetUtcNow();
        var replyId = Guid.NewGuid().ToString("N");
        var submission = new Submission
        {
            Id = Guid.NewGuid().ToString("N"),
            CaseId = caseId,
            MessageId = replyId,
            SubmittedBy = personnummer,
            // One answer per question, whatever the browser repeats.
            IdempotencyKey = "svar:" + target.Question.Id,
            FormKey = target.Form.Key,
            FormVersion = target.Form.Version,
            Answers = result.Data.ToJsonString(),
            SubmittedAt = now,
        };
        var text = $"Mina svar finns i formuläret ”{target.Form.Title.In(LocalizedText.DefaultLanguage)}”.";
        CaseMessage? reply;
        try
        {
            reply = await ReplyCommit.StoreAsync(db, target.Case, target.Question, replyId, text, personnummer, now, submission, DraftId(caseId), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same question answered twice at once: the other request stored its answers.
            return new FormReplyResult.NotOpen();
        }
        if (reply is null) return new FormReplyResult.NotOpen();
        await delivery.DeliverAsync(reply, submission.Id, justStored: true, CancellationToken.None);
        return new FormReplyResult.Sent(replyId, submission.Id);
    }

    /// <summary>The draft of a reply form is keyed by its case: one question in a form per case.</summary>
    public static string DraftId(string caseId) => caseId;

    private async Task<ReplyForm?> FindAsync(PortalDbContext db, string personnummer, string caseId, CancellationToken cancellationToken)
    {
        var record = await ResidentInbox.Visible(db, personnummer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null || library.Form(record.FormKey, record.FormVersion) is not { } form) return null;
        if (form.Definition.Flow != FlowType.StaffInitiated || form.Pages.Count == 0) return null;
        if (library.Catalog.FindClinic(record.ClinicKey) is not { } clinic) return null;
        if (await db.Submissions.AnyAsync(s => s.CaseId == caseId && s.MessageId != null, cancellationToken)) return null;
        return await ReplyCommit.OpenQuestionAsync(db, caseId, cancellationToken) is { } question ? new ReplyForm(record, question, form, clinic) : null;
    }
}
