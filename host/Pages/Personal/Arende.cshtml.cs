using System.Text.Json.Nodes;
using FormEngine.Catalog;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Submissions;
using FormEngine.Time;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// One case for the clinic's staff: who started it, the answers (with the form version used), messages, history,
/// and the actions: distribution for the ärendemottagare, the decisions the workflow offers for the
/// ärendehanterare. Staff without a case role at the case's clinic get 404. Every showing writes the access log.
/// </summary>
public sealed class ArendeModel(
    StaffDirectory directory, CaseWorkspace workspace, WaitingDecisions waiting, StaffActions actions,
    AccessLog accessLog, DefinitionLibrary library, ResidentFormContexts contexts, TimeProvider clock) : StaffPageModel(directory)
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "klart")] public string? Done { get; set; }
    [BindProperty] public long Revision { get; set; }
    [BindProperty] public string? Message { get; set; }
    [BindProperty] public string? StandardReply { get; set; }
    [BindProperty] public string? ForwardTo { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public string? PartialReply { get; set; }

    public CaseDetails Details { get; private set; } = null!;
    public CaseRecord Case => Details.Case;
    public Clinic? Clinic { get; private set; }
    public WaitingDecision? Waiting { get; private set; }
    public IReadOnlyList<StaffMemberInfo> Handlers { get; private set; } = [];
    public IReadOnlyList<Clinic> ForwardTargets { get; private set; } = [];
    public IReadOnlyList<SubmissionView> Answers { get; private set; } = [];
    public IReadOnlyDictionary<string, StaffMemberInfo> StaffNames { get; private set; } = new Dictionary<string, StaffMemberInfo>();
    public List<PageError> Errors { get; } = [];
    public string? Conflict { get; private set; }

    public bool CanDistribute => Case.ClosedAt is null && Staff.IsReceiverAt(Case.ClinicKey);
    public bool CanDecide => Waiting is not null && Staff.IsHandlerAt(Case.ClinicKey);
    public bool CanTake => StaffActions.IsGroupCase(Case) && Staff.IsHandlerAt(Case.ClinicKey);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(resetRevision: true, cancellationToken);

    public async Task<IActionResult> OnPostDistributeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        var result = await actions.DistributeAsync(Staff, new Distribution(Id, Revision, Target, PartialReply), cancellationToken);
        return await AfterAsync(result, DoneNotices.Distributed, cancellationToken);
    }

    public async Task<IActionResult> OnPostTakeAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        var result = await actions.TakeAsync(Staff, Id, Revision, cancellationToken);
        return await AfterAsync(result, DoneNotices.Taken, cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        var result = await actions.DecideAsync(Staff, new StaffDecision(Id, Revision, Decision ?? "", Message, ForwardTo), cancellationToken);
        if (result.Outcome == StaffActionOutcome.Applied && Decision == StaffDecisions.Forward && !result.Faulted)
            return Redirect($"{StaffUrls.MyCases}?klart={DoneNotices.Forwarded}");
        var done = result.Faulted ? DoneNotices.Faulted : Decision switch
        {
            StaffDecisions.Answered => DoneNotices.Answered,
            StaffDecisions.AskResident => DoneNotices.Asked,
            StaffDecisions.ProvsvarNegativt => DoneNotices.NegativeResult,
            StaffDecisions.ProvsvarPositivt => DoneNotices.PositiveResult,
            _ => DoneNotices.Closed,
        };
        return await AfterAsync(result, done, cancellationToken);
    }

    /// <summary>Puts the chosen standard reply into the message box (works without JavaScript); nothing is sent.</summary>
    public async Task<IActionResult> OnPostInsertReplyAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        var record = await workspace.FindAsync(Id, cancellationToken);
        var reply = record is null ? null : library.Catalog.FindClinic(record.ClinicKey)?.FindStandardReply(StandardReply ?? "");
        if (reply is null) Errors.Add(new PageError("standard-reply", "Välj ett standardsvar."));
        else Message = string.IsNullOrWhiteSpace(Message) ? reply.Text : $"{Message.TrimEnd()}\n\n{reply.Text}";
        return await ShowAsync(resetRevision: false, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(StaffActionResult result, string done, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case StaffActionOutcome.Applied:
                return Redirect(StaffUrls.Case(Id, done));
            case StaffActionOutcome.NotFound:
                return NotFound();
            case StaffActionOutcome.Conflict:
                Conflict = result.Message;
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                Errors.Add(new PageError(FieldId(result.Field), result.Message ?? ""));
                break;
        }
        return await ShowAsync(resetRevision: false, cancellationToken);
    }

    private static string FieldId(string? field) => field switch
    {
        "message" => "message",
        "forwardTo" => "forward-to",
        "partialReply" => "partial-reply",
        _ => "target-0",
    };

    private async Task<IActionResult> ShowAsync(bool resetRevision, CancellationToken cancellationToken)
    {
        if (Staff is null && !await LoadStaffAsync(cancellationToken)) return Forbid();
        var staff = Staff!;
        // Access is checked before the case is opened: opening marks the resident's replies read.
        var details = await workspace.OpenAsync(staff, Id, cancellationToken);
        if (details is null) return NotFound();
        Details = details;
        if (resetRevision) Revision = Case.Revision;
        Clinic = library.Catalog.FindClinic(Case.ClinicKey);
        await accessLog.WriteAsync(staff.HsaId, Case.ResidentPersonnummer, Case.ClinicKey, AccessLog.Read, AccessLog.CaseViewed(Case), cancellationToken);

        if (Case.ClosedAt is null && staff.IsHandlerAt(Case.ClinicKey)) Waiting = await waiting.FindAsync(Case.Id, cancellationToken);
        if (CanDistribute) Handlers = await Directory.WithRoleAtAsync(Case.ClinicKey, StaffRoles.Arendehanterare, cancellationToken);
        if (Waiting?.Offers(StaffDecisions.Forward) == true)
            ForwardTargets = [.. library.Catalog.ClinicsOffering(Case.FormKey).Where(c => c.Key != Case.ClinicKey).OrderBy(c => c.Name)];
        StaffNames = await Directory.NamesAsync(
            Details.Events.Select(e => e.By).Append(Case.AssignedTo ?? "").Append(Case.StartedBy)
                .Concat(Details.Events.Where(e => e.Detail?.StartsWith(Distribution.HandlerPrefix, StringComparison.Ordinal) == true)
                    .Select(e => e.Detail![Distribution.HandlerPrefix.Length..])), cancellationToken);
        var views = new List<SubmissionView>();
        foreach (var submission in Details.Submissions) views.Add(await ViewOfAsync(submission, cancellationToken));
        Answers = views;
        return Page();
    }

    private async Task<SubmissionView> ViewOfAsync(Submission submission, CancellationToken cancellationToken)
    {
        var form = library.Form(submission.FormKey, submission.FormVersion);
        var title = submission.MessageId is null && Case.StartedByKind != CaseStarter.Staff ? "Invånarens svar i e-tjänsten" : "Invånarens svar på frågan";
        if (form is null || JsonNode.Parse(submission.Answers) is not JsonObject answers)
            return new SubmissionView(title, submission.SubmittedAt, $"{submission.FormKey} version {submission.FormVersion}", null);
        // The same lists the resident chose from (the clinic's, the resident's prescriptions), so codes read as labels.
        var context = Clinic is null
            ? new FormContext { Today = SwedishCalendar.SwedishDateOf(clock.GetUtcNow()) }
            : await contexts.ForAsync(Case.ResidentPersonnummer, Clinic, form, cancellationToken);
        return new SubmissionView(title, submission.SubmittedAt, $"{form.Title.In("sv")}, version {form.Version}", AnswerSummary.Of(form, answers, context));
    }

    public string ClinicName(string key) => library.Catalog.FindClinic(key)?.Name ?? key;

    public string QueueName(string? clinicKey, string? queueKey) =>
        queueKey is null ? "–" : library.Catalog.FindClinic(clinicKey ?? Case.ClinicKey)?.FindQueue(queueKey)?.Name.In("sv") ?? queueKey;

    public string Who(string by) =>
        by == CaseHistory.Workflow ? "Systemet"
        : StaffNames.TryGetValue(by, out var staff) ? $"{staff.Name}, {staff.Title}"
        : by == Case.ResidentPersonnummer ? "Invånaren"
        : "Ombud";

    public string Describe(CaseEventRecord e)
    {
        var detail = e.Detail ?? "";
        return e.Kind switch
        {
            CaseHistory.Status => CaseStatusNames.Status(detail),
            CaseHistory.Decision => StaffDecisions.Label(detail),
            CaseHistory.Taken => "",
            CaseHistory.Distributed or CaseHistory.Redistributed when detail.StartsWith(Distribution.HandlerPrefix, StringComparison.Ordinal) =>
                "till " + (StaffNames.TryGetValue(detail[Distribution.HandlerPrefix.Length..], out var s) ? s.Name : "en ärendehanterare"),
            CaseHistory.Distributed or CaseHistory.Redistributed when detail.StartsWith(Distribution.GroupPrefix, StringComparison.Ordinal) =>
                "till gruppen " + QueueName(e.ClinicKey, detail[Distribution.GroupPrefix.Length..]),
            CaseHistory.Routed or CaseHistory.Forwarded when detail.Split('/') is [var clinic, var queue] =>
                $"{ClinicName(clinic)}, {QueueName(clinic, queue)}",
            CaseHistory.Message or CaseHistory.PartialReply => CaseStatusNames.MessageKind(detail),
            CaseHistory.Created => library.Current(detail)?.Title.In("sv") ?? detail,
            _ => detail,
        };
    }

    public string StarterText()
    {
        var text = CaseStatusNames.Starter(Case.StartedByKind);
        return Case.StartedByKind switch
        {
            CaseStarter.Ombud => $"{text} ({StaffFormat.Personnummer(Case.StartedBy)})",
            CaseStarter.Staff when StaffNames.TryGetValue(Case.StartedBy, out var staff) => $"{text}: {staff.Name}, {staff.Title}",
            _ => text,
        };
    }

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;
}

/// <param name="Sections">Null when the form version is not available (the answers cannot be labelled).</param>
public sealed record SubmissionView(string Title, DateTimeOffset At, string FormName, IReadOnlyList<AnswerSummary.Section>? Sections);
