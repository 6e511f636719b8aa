using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Submissions;
using FormEngine.Time;
using FormEngine.Workflows.Cases;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Turns a resident's valid answers into a case. The case, its submission, the "Submitted" event, the
/// workflow-start outbox row and the removal of the draft are one SaveChanges, i.e. one transaction, committed
/// with synchronous=FULL on SQLite: once this returns <see cref="IntakeResult.Accepted"/> the receipt is safe to
/// show, whatever happens to the process. The workflow is started afterwards by <see cref="WorkflowStartDispatcher"/>.
/// </summary>
public sealed partial class CaseIntake(
    IDbContextFactory<PortalDbContext> contexts,
    DefinitionLibrary library,
    ResidentFormContexts formContexts,
    WorkflowStartOutbox outbox,
    TimeProvider clock,
    ILogger<CaseIntake> logger)
{
    /// <summary>The default the workflow uses too (docs/workflows.md) when neither form nor region sets one.</summary>
    public const int DefaultReplyTimeDays = 2;

    public async Task<IntakeResult> SubmitAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        if (await FindReceiptAsync(request.Personnummer, request.IdempotencyKey, cancellationToken) is { } earlier) return earlier;

        var clinic = library.Catalog.FindClinic(request.ClinicKey);
        // An offer may be for named residents only (begränsat urval): the person the case is for must be one.
        if (clinic is null || !clinic.IsOffering(request.FormKey, request.Personnummer)) return new IntakeResult.Refused("The clinic does not offer this e-service.");
        var form = FormFor(request.FormKey, request.FormVersion);
        if (form is null || form.Definition.Flow != FlowType.ResidentInitiated) return new IntakeResult.Refused("No such e-service.");

        var context = await formContexts.ForAsync(request.Personnummer, clinic, form, cancellationToken);
        if (!Eligibility.Allows(form, context)) return new IntakeResult.Refused("The resident may not use this e-service (the form's eligibility).");
        var result = SubmissionPipeline.Process(form, request.Answers, context);
        if (!result.IsValid) return new IntakeResult.Invalid(result);

        // A reference collision is the only other unique index a new case can hit: draw again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var accepted = await StoreAsync(request, clinic, form, result.Data, cancellationToken);
                outbox.Nudge(accepted.CaseId);
                return accepted;
            }
            catch (DbUpdateException e)
            {
                if (await FindReceiptAsync(request.Personnummer, request.IdempotencyKey, cancellationToken) is { } first) return first;
                if (attempt == 3) throw;
                StoreRetried(logger, attempt, e.GetType().Name);
            }
        }
    }

    /// <summary>The receipt of an earlier submission with this key, if there is one.</summary>
    public async Task<IntakeResult.Accepted?> FindReceiptAsync(string personnummer, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (
            from s in db.Submissions.AsNoTracking()
            where s.SubmittedBy == personnummer && s.IdempotencyKey == idempotencyKey && s.MessageId == null
            join c in db.Cases.AsNoTracking() on s.CaseId equals c.Id
            select new { c.Id, c.Reference }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new IntakeResult.Accepted(found.Id, found.Reference, Repeated: true);
    }

    /// <summary>The version the resident filled in when it is still known, else the current one.</summary>
    private CompiledForm? FormFor(string key, int version) =>
        (version > 0 ? library.Form(key, version) : null) ?? library.Current(key);

    private async Task<IntakeResult.Accepted> StoreAsync(IntakeRequest request, Clinic clinic, CompiledForm form, JsonObject data, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var region = library.Catalog.RegionOf(clinic);
        var replyTimeDays = form.Definition.ReplyTimeDays ?? region?.ReplyTimeDaysDefault ?? DefaultReplyTimeDays;
        var caseId = Guid.NewGuid().ToString("N");
        var submissionId = Guid.NewGuid().ToString("N");
        var flow = FlowName(form.Definition.Flow);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = new CaseRecord
        {
            Id = caseId,
            Reference = CaseReferences.New(),
            ResidentPersonnummer = request.Personnummer,
            StartedBy = request.Ombud ?? request.Personnummer,
            StartedByKind = request.Ombud is null ? CaseStarter.Resident : CaseStarter.Ombud,
            RegionKey = clinic.RegionKey,
            ClinicKey = clinic.Key,
            FormKey = form.Key,
            FormVersion = form.Version,
            Category = form.Definition.Category,
            FlowType = flow,
            Title = form.Title.In(LocalizedText.DefaultLanguage),
            Status = CaseStatus.Inkommen,
            CreatedAt = now,
            UpdatedAt = now,
            DueAt = SwedishCalendar.Instance.DeadlineAfter(now, replyTimeDays),
            WorkflowDefinitionId = form.Definition.Workflow,
        };
        db.Cases.Add(record);
        db.Submissions.Add(new Submission
        {
            Id = submissionId,
            CaseId = caseId,
            SubmittedBy = request.Personnummer,
            IdempotencyKey = request.IdempotencyKey,
            FormKey = form.Key,
            FormVersion = form.Version,
            Answers = data.ToJsonString(),
            SubmittedAt = now,
        });
        db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Submitted, null, record.StartedBy, now));
        db.WorkflowStarts.Add(new WorkflowStartRequest
        {
            CaseId = caseId,
            DefinitionId = form.Definition.Workflow,
            Inputs = new JsonObject
            {
                ["caseId"] = caseId,
                ["clinicKey"] = clinic.Key,
                ["formKey"] = form.Key,
                ["formVersion"] = form.Version,
                ["submissionId"] = submissionId,
                ["replyTimeDays"] = replyTimeDays,
            }.ToJsonString(),
            CreatedAt = now,
        });
        await AttachFilesAsync(db, request.Personnummer, caseId, submissionId, data, cancellationToken);
        if (request.DraftId is { } draftId &&
            await db.Drafts.FirstOrDefaultAsync(d => d.Id == draftId && d.ResidentPersonnummer == request.Personnummer, cancellationToken) is { } draft)
            db.Drafts.Remove(draft);

        await db.SaveChangesAsync(cancellationToken);
        CaseStored(logger, caseId, form.Key, form.Version, clinic.Key);
        return new IntakeResult.Accepted(caseId, record.Reference, Repeated: false);
    }

    /// <summary>Files uploaded while filling in belong to the resident only; with the case they belong to it too.</summary>
    private static async Task AttachFilesAsync(PortalDbContext db, string personnummer, string caseId, string submissionId, JsonObject data, CancellationToken cancellationToken)
    {
        var ids = AttachmentReferences.In(data);
        if (ids.Count == 0) return;
        var attachments = await db.Attachments.Where(a => ids.Contains(a.Id) && a.UploadedBy == personnummer && a.CaseId == "").ToListAsync(cancellationToken);
        foreach (var attachment in attachments)
        {
            attachment.CaseId = caseId;
            attachment.OwnerId = submissionId;
        }
    }

    public static string FlowName(FlowType flow) => JsonNamingPolicy.KebabCaseLower.ConvertName(flow.ToString());

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} stored: form {FormKey} version {FormVersion} to clinic {ClinicKey}")]
    private static partial void CaseStored(ILogger logger, string caseId, string formKey, int formVersion, string clinicKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing a case failed on attempt {Attempt} ({Error}); trying again with a new reference")]
    private static partial void StoreRetried(ILogger logger, int attempt, string error);
}
