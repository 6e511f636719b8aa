using System.Text.Json.Nodes;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// What staff do to a case: distribute it (with an optional partial reply) and take the decisions its workflow
/// offers. Every action names the case revision its page showed. The action first claims the case by raising the
/// revision (a concurrency-token update: of two staff acting at once exactly one gets past it, and a repeated post
/// of the same page finds the revision moved on), then does its work. A decision then resumes exactly the
/// bookmark the page offered; if the runtime says it was taken meanwhile, nothing happened and staff are told so.
/// </summary>
public sealed class StaffActions(
    IDbContextFactory<PortalDbContext> contexts,
    DefinitionLibrary library,
    WaitingDecisions waiting,
    WorkflowRuntime runtime,
    AccessLog accessLog,
    TimeProvider clock)
{
    public const int MaxMessageLength = 5000;

    public async Task<StaffActionResult> DistributeAsync(StaffProfile staff, Distribution distribution, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.FirstOrDefaultAsync(c => c.Id == distribution.CaseId, cancellationToken);
        if (record is null || !staff.IsReceiverAt(record.ClinicKey)) return StaffActionResult.NotFound;
        if (record.Revision != distribution.Revision || record.ClosedAt is not null) return StaffActionResult.Conflict();

        var clinic = library.Catalog.FindClinic(record.ClinicKey);
        string detail;
        string? assignee = null;
        var queue = record.QueueKey;
        if (distribution.Target?.StartsWith(Distribution.HandlerPrefix, StringComparison.Ordinal) == true)
        {
            assignee = distribution.Target[Distribution.HandlerPrefix.Length..];
            var isHandler = await db.StaffRoles.AnyAsync(r => r.HsaId == assignee && r.ClinicKey == record.ClinicKey && r.Role == StaffRoles.Arendehanterare, cancellationToken);
            if (!isHandler) return StaffActionResult.Invalid("target", "Välj en ärendehanterare eller en grupp på mottagningen.");
            detail = $"handler:{assignee}";
        }
        else if (distribution.Target?.StartsWith(Distribution.GroupPrefix, StringComparison.Ordinal) == true
                 && clinic?.FindQueue(distribution.Target[Distribution.GroupPrefix.Length..]) is { } group)
        {
            queue = group.Key;
            detail = $"group:{group.Key}";
        }
        else return StaffActionResult.Invalid("target", "Välj en ärendehanterare eller en grupp på mottagningen.");

        var partialReply = distribution.PartialReply?.Trim();
        if (partialReply?.Length > MaxMessageLength) return StaffActionResult.Invalid("partialReply", $"Delsvaret får vara högst {MaxMessageLength} tecken.");

        var now = clock.GetUtcNow();
        var again = record.DistributedAt is not null;
        record.AssignedTo = assignee;
        record.QueueKey = queue;
        record.DistributedAt = now;
        record.Revision++;
        record.UpdatedAt = now;
        db.CaseEvents.Add(CaseHistory.Event(record, again ? CaseHistory.Redistributed : CaseHistory.Distributed, detail, staff.HsaId, now));
        if (record.Status is CaseStatus.Inkommen or CaseStatus.SvarstidPasserad)
        {
            record.Status = CaseStatus.Fördelad;
            db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Status, CaseStatus.Fördelad, staff.HsaId, now));
        }
        if (!string.IsNullOrEmpty(partialReply)) AddPartialReply(db, record, staff, partialReply, now);
        db.AccessLog.Add(accessLog.Entry(staff.HsaId, record.ResidentPersonnummer, record.ClinicKey, AccessLog.Change,
            $"ärende {record.Reference}: {(again ? "omfördelat" : "fördelat")}{(string.IsNullOrEmpty(partialReply) ? "" : " med delsvar")}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaffActionResult.Conflict();
        }
        return StaffActionResult.Applied(again ? "Ärendet är omfördelat." : "Ärendet är fördelat.");
    }

    /// <summary>
    /// "Ta ärendet": a handler takes a case distributed to a group of their clinic, so that it is theirs. Of two
    /// handlers taking it at once exactly one gets it (the revision claim); the other is told it has changed.
    /// </summary>
    public async Task<StaffActionResult> TakeAsync(StaffProfile staff, string caseId, long revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (record is null || !staff.IsHandlerAt(record.ClinicKey)) return StaffActionResult.NotFound;
        if (record.Revision != revision || !IsGroupCase(record)) return StaffActionResult.Conflict();

        var now = clock.GetUtcNow();
        record.AssignedTo = staff.HsaId;
        record.Revision++;
        record.UpdatedAt = now;
        db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.Taken, Distribution.HandlerPrefix + staff.HsaId, staff.HsaId, now));
        db.AccessLog.Add(accessLog.Entry(staff.HsaId, record.ResidentPersonnummer, record.ClinicKey, AccessLog.Change,
            $"ärende {record.Reference}: taget från gruppen"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaffActionResult.Conflict();
        }
        return StaffActionResult.Applied("Du har tagit ärendet.");
    }

    /// <summary>Open, distributed, and to a group rather than a person: what a handler of the clinic may take.</summary>
    public static bool IsGroupCase(CaseRecord record) => record.ClosedAt is null && record.DistributedAt is not null && record.AssignedTo is null;

    private static void AddPartialReply(PortalDbContext db, CaseRecord record, StaffProfile staff, string text, DateTimeOffset now)
    {
        db.Messages.Add(new CaseMessage
        {
            Id = Guid.NewGuid().ToString("N"),
            CaseId = record.Id,
            Direction = MessageDirection.ToResident,
            Kind = ResidentMessageKind.Information,
            Subject = record.Title,
            Text = text,
            SenderName = staff.Name,
            SenderTitle = staff.Title,
            SentBy = staff.HsaId,
            SentAt = now,
        });
        db.CaseEvents.Add(CaseHistory.Event(record, CaseHistory.PartialReply, ResidentMessageKind.Information, staff.HsaId, now));
        db.Notifications.Add(new NotificationRecord
        {
            ResidentPersonnummer = record.ResidentPersonnummer, CaseId = record.Id, Text = NotificationTexts.NewMessage, CreatedAt = now,
        });
    }

    public async Task<StaffActionResult> DecideAsync(StaffProfile staff, StaffDecision decision, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Cases.FirstOrDefaultAsync(c => c.Id == decision.CaseId, cancellationToken);
        if (record is null || !staff.IsHandlerAt(record.ClinicKey)) return StaffActionResult.NotFound;
        if (record.Revision != decision.Revision) return StaffActionResult.Conflict();
        var offered = await waiting.FindAsync(record.Id, cancellationToken);
        if (offered is null || !offered.Offers(decision.Decision)) return StaffActionResult.Conflict();

        var input = new JsonObject { ["decision"] = decision.Decision, ["by"] = staff.HsaId };
        if (Validate(record, decision, input) is { } invalid) return invalid;

        // The claim: only one action gets past this update, and the Decision event tells the message services who signs.
        var now = clock.GetUtcNow();
        record.Revision++;
        record.UpdatedAt = now;
        var claim = CaseHistory.Event(record, CaseHistory.Decision, decision.Decision, staff.HsaId, now);
        db.CaseEvents.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaffActionResult.Conflict();
        }

        WorkflowRunResult run;
        try
        {
            run = await runtime.ResumeAsync(offered.BookmarkId, input, cancellationToken);
        }
        catch (WorkflowConflictException)
        {
            run = WorkflowRunResult.Nothing(ResumeOutcome.Conflict);
        }
        if (run.Outcome != ResumeOutcome.Resumed)
        {
            // Nothing ran: the decision did not happen, so it leaves no trace in the history.
            await db.CaseEvents.Where(e => e.Id == claim.Id).ExecuteDeleteAsync(CancellationToken.None);
            return StaffActionResult.Conflict();
        }
        await accessLog.WriteAsync(staff.HsaId, record.ResidentPersonnummer, record.ClinicKey, AccessLog.Change,
            $"ärende {record.Reference}: beslut {decision.Decision}", CancellationToken.None);
        return run.Incidents.Count > 0
            ? StaffActionResult.Applied("Beslutet är registrerat, men ärendets arbetsflöde stötte på ett fel. En administratör har fått en incident.", faulted: true)
            : StaffActionResult.Applied(decision.Decision switch
            {
                StaffDecisions.Answered => "Svaret är skickat och ärendet avslutat.",
                StaffDecisions.AskResident => "Frågan är skickad till invånaren.",
                StaffDecisions.Forward => "Ärendet är skickat till den andra mottagningen.",
                StaffDecisions.Close => "Ärendet är avslutat.",
                StaffDecisions.ProvsvarNegativt => "Det negativa provsvaret är skickat och ärendet avslutat.",
                StaffDecisions.ProvsvarPositivt => "Provsvaret är registrerat som positivt. Kontakta invånaren och avsluta sedan ärendet.",
                _ => "Beslutet är registrerat.",
            });
    }

    /// <summary>Checks the decision's own fields and adds them to the resume input; null when all is well.</summary>
    private StaffActionResult? Validate(CaseRecord record, StaffDecision decision, JsonObject input)
    {
        var message = decision.Message?.Trim();
        switch (decision.Decision)
        {
            case StaffDecisions.Answered or StaffDecisions.AskResident:
                if (string.IsNullOrEmpty(message))
                    return StaffActionResult.Invalid("message", decision.Decision == StaffDecisions.Answered
                        ? "Skriv ett svar till invånaren." : "Skriv frågan till invånaren.");
                if (message.Length > MaxMessageLength) return StaffActionResult.Invalid("message", $"Meddelandet får vara högst {MaxMessageLength} tecken.");
                input["message"] = message;
                break;
            case StaffDecisions.Forward:
                var target = library.Catalog.FindClinic(decision.ForwardTo ?? "");
                if (target is null || target.Key == record.ClinicKey || target.QueueFor(record.FormKey) is not { } queue)
                    return StaffActionResult.Invalid("forwardTo", "Välj en annan mottagning som erbjuder den här e-tjänsten.");
                input["clinic"] = target.Key;
                input["queue"] = queue.Key;
                break;
        }
        return null;
    }
}

/// <param name="Target"><c>handler:HSA-id</c> or <c>group:queue key</c>.</param>
public sealed record Distribution(string CaseId, long Revision, string? Target, string? PartialReply)
{
    public const string HandlerPrefix = "handler:";
    public const string GroupPrefix = "group:";
}

/// <param name="Decision">One of the outcomes the waiting AwaitStaffDecision offers.</param>
/// <param name="Message">The answer or question (Answered, AskResident).</param>
/// <param name="ForwardTo">The clinic key (Forward).</param>
public sealed record StaffDecision(string CaseId, long Revision, string Decision, string? Message, string? ForwardTo);
