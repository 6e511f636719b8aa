using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.EntityFrameworkCore;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Cases;

/// <summary>
/// Invånarärende: staff send a message from a template to a resident. The case (started by staff, flow
/// staff-initiated, assigned to the sender) and its workflow-start row are one transaction; the invanararende
/// workflow then sends the message, and for a question waits for the answer, which goes to the clinic's queue.
/// The case id is derived from the sender and the form's idempotency key, so a double-click sends once.
/// Files staff attach are stored on the case (owner = the case) before it commits; the message adopts them when the
/// workflow sends it (<see cref="ResidentMessagesOnDatabase"/>), so the resident finds them with the message.
/// </summary>
public sealed class ResidentDialogues(
    IDbContextFactory<PortalDbContext> contexts,
    DefinitionLibrary library,
    WorkflowStartDispatcher dispatcher,
    FileUploads uploads,
    AccessLog accessLog,
    TimeProvider clock)
{
    public const int DefaultResidentReplyDays = 10;
    public const string Locked = "Kontot är låst – meddelandet kan inte skickas";
    public const string NeverLoggedIn = "Invånaren har aldrig loggat in och har ingen inkorg";
    public const string Unknown = "Det finns ingen invånare med det personnumret i e-tjänsterna";
    public const string Deceased = "Invånaren är avliden och kontot är inaktiverat – meddelandet kan inte skickas";
    public const string CannotReceive = "Invånaren kan inte ta emot meddelanden";

    /// <summary>What staff may attach to an invånarärende (domain.md): PDF, JPEG or PNG, checked by content.</summary>
    public static readonly FileRules Attachments = new([ContentSniffer.Pdf, ContentSniffer.Jpeg, ContentSniffer.Png], 10, 5);

    /// <summary>What the form starts with: the template's message, the sender's signature and today's Swedish date.</summary>
    public DialogueRequest Prefill(StaffProfile staff, string clinicKey, CompiledForm template) => new(
        clinicKey, template.Key, "",
        template.Definition.Message?.Subject.In(LocalizedText.DefaultLanguage) ?? template.Title.In(LocalizedText.DefaultLanguage),
        template.Definition.Message?.Text.In(LocalizedText.DefaultLanguage) ?? "",
        staff.Name, staff.Title, Today(), Guid.NewGuid().ToString("N"));

    public string Today() => SwedishCalendar.SwedishDateOf(clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<DialogueResult> SendAsync(StaffProfile staff, DialogueRequest request, CancellationToken cancellationToken = default)
    {
        var clinic = library.Catalog.FindClinic(request.ClinicKey);
        if (clinic is null || !staff.WorksCasesAt(clinic.Key)) return Refuse("clinic", "Välj en mottagning där du arbetar med ärenden.");
        var template = library.Templates.FirstOrDefault(t => t.Key == request.TemplateKey);
        if (template?.Definition.Message is not { } message) return Refuse("template", "Välj en mall.");
        if (string.IsNullOrWhiteSpace(request.Personnummer)) return Refuse("personnummer", "Ange invånarens personnummer.");
        if (!Pnr.TryParse(request.Personnummer.Replace(" ", ""), SwedishCalendar.SwedishDateOf(clock.GetUtcNow()), out var pnr))
            return Refuse("personnummer", "Ange ett giltigt personnummer med 12 siffror, till exempel 19121212-1212.");
        if (string.IsNullOrWhiteSpace(request.Subject)) return Refuse("subject", "Skriv en rubrik.");
        if (string.IsNullOrWhiteSpace(request.Text)) return Refuse("text", "Skriv ett meddelande.");
        if (string.IsNullOrWhiteSpace(request.SignatureName)) return Refuse("signatureName", "Skriv namnet i signaturen.");
        var text = Compose(request, clinic.Name);
        if (text.Length > StaffActions.MaxMessageLength) return Refuse("text", $"Meddelandet får vara högst {StaffActions.MaxMessageLength} tecken.");

        var caseId = CaseIdFor(staff.HsaId, string.IsNullOrWhiteSpace(request.IdempotencyKey) ? Guid.NewGuid().ToString("N") : request.IdempotencyKey);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) is { } earlier)
            return new DialogueResult.Sent(earlier.Id, earlier.Reference, Repeated: true);
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Personnummer == pnr.TwelveDigits, cancellationToken);
        var refusal = resident?.AccountStatus switch
        {
            null => Unknown,
            AccountStatus.Locked => Locked,
            AccountStatus.NeverLoggedIn => NeverLoggedIn,
            AccountStatus.Deceased => Deceased,
            AccountStatus.Active => null,
            _ => CannotReceive,
        };
        if (refusal is not null) return Refuse("personnummer", refusal);

        // Last of the checks, so that a refused message stores no files.
        var stored = new List<string>();
        if (request.Files.Count > 0)
        {
            var upload = await uploads.AcceptAsync(Attachments, request.Files, caseId, caseId, staff.HsaId, cancellationToken);
            if (upload.Problems.Count > 0) return new DialogueResult.FilesRefused(upload.Problems);
            stored = [.. upload.Value!.Select(f => f!["id"]!.GetValue<string>())];
        }

        var now = clock.GetUtcNow();
        var flow = CaseIntake.FlowName(FlowType.StaffInitiated);
        var record = new CaseRecord
        {
            Id = caseId,
            Reference = CaseReferences.New(),
            ResidentPersonnummer = pnr.TwelveDigits,
            StartedBy = staff.HsaId,
            StartedByKind = CaseStarter.Staff,
            RegionKey = clinic.RegionKey,
            ClinicKey = clinic.Key,
            AssignedTo = staff.HsaId,
            DistributedAt = now,
            FormKey = template.Key,
            FormVersion = template.Version,
            Category = template.Definition.Category,
            FlowType = flow,
            Title = request.Subject.Trim(),
            Status = Workflows.Cases.CaseStatus.Fördelad,
            CreatedAt = now,
            UpdatedAt = now,
            WorkflowDefinitionId = template.Definition.Workflow,
        };
        db.Cases.Add(record);
        db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Created, template.Key, staff.HsaId, now));
        db.WorkflowStarts.Add(new WorkflowStartRequest
        {
            CaseId = caseId,
            DefinitionId = template.Definition.Workflow,
            Inputs = new JsonObject
            {
                ["caseId"] = caseId,
                ["clinicKey"] = clinic.Key,
                ["formKey"] = template.Key,
                ["formVersion"] = template.Version,
                ["messageKind"] = message.KindName,
                ["messageText"] = text,
                ["queueKey"] = "",
                ["replyTimeDays"] = template.Definition.ReplyTimeDays ?? library.Catalog.RegionOf(clinic)?.ReplyTimeDaysDefault ?? CaseIntake.DefaultReplyTimeDays,
                ["residentReplyDays"] = DefaultResidentReplyDays,
            }.ToJsonString(),
            CreatedAt = now,
        });
        db.AccessLog.Add(accessLog.Entry(staff.HsaId, pnr.TwelveDigits, clinic.Key, AccessLog.Change,
            $"ärende {record.Reference}: invånarärende {template.Key} skickat{stored.Count switch { 0 => "", 1 => " med 1 bilaga", var n => $" med {n} bilagor" }}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form posted twice at once: the other request stored it (with its own copy of the files).
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            await ForgetAsync(again, stored);
            if (await again.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken) is { } first)
                return new DialogueResult.Sent(first.Id, first.Reference, Repeated: true);
            throw;
        }
        // Started now so the message is in the inbox when the page says so; the outbox row covers a crash here.
        await dispatcher.DispatchAsync(caseId, CancellationToken.None);
        return new DialogueResult.Sent(caseId, record.Reference, Repeated: false);
    }

    /// <summary>The text as sent: the message, then the signature (name, title, clinic) and date staff confirmed.</summary>
    public static string Compose(DialogueRequest request, string clinicName)
    {
        var sb = new StringBuilder(request.Text.Trim()).Append("\n\n").Append(request.SignatureName.Trim());
        if (!string.IsNullOrWhiteSpace(request.SignatureTitle)) sb.Append('\n').Append(request.SignatureTitle.Trim());
        sb.Append('\n').Append(clinicName);
        if (!string.IsNullOrWhiteSpace(request.SignatureDate)) sb.Append('\n').Append(request.SignatureDate.Trim());
        return sb.ToString();
    }

    /// <summary>
    /// Removes files stored for a case that did not commit. The rows are the portal's metadata and (in the
    /// database store) the bytes; a file or object store would keep an unreferenced blob.
    /// </summary>
    private static async Task ForgetAsync(PortalDbContext db, List<string> attachmentIds)
    {
        if (attachmentIds.Count == 0) return;
        await db.AttachmentContents.Where(c => attachmentIds.Contains(c.AttachmentId)).ExecuteDeleteAsync(CancellationToken.None);
        await db.Attachments.Where(a => attachmentIds.Contains(a.Id)).ExecuteDeleteAsync(CancellationToken.None);
    }

    private static string CaseIdFor(string hsaId, string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"invanararende:{hsaId}:{idempotencyKey}")))[..32];

    private static DialogueResult.Refused Refuse(string field, string message) => new(field, message);
}

public sealed record DialogueRequest(
    string ClinicKey, string TemplateKey, string Personnummer, string Subject, string Text,
    string SignatureName, string SignatureTitle, string SignatureDate, string IdempotencyKey)
{
    /// <summary>Files to send with the message (the page's upload; the API sends none).</summary>
    public IReadOnlyList<UploadedFile> Files { get; init; } = [];
}

public abstract record DialogueResult
{
    public sealed record Sent(string CaseId, string Reference, bool Repeated) : DialogueResult;
    public sealed record Refused(string Field, string Message) : DialogueResult;
    /// <summary>An attached file was refused (type, size or number of files); nothing was sent or stored.</summary>
    public sealed record FilesRefused(IReadOnlyList<string> Problems) : DialogueResult;
}
