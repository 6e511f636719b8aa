using System.Text.Json.Nodes;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// The human task: waits until an ärendehanterare takes one of the offered decisions on the case, which
/// becomes the outcome. The bookmark's payload lists the decisions so that the staff workspace can show them
/// as actions; the host resumes with stimulus <c>{caseId}</c> + correlation id and input
/// <c>{decision, by, note?, message?, queue?, clinic?}</c>. With a deadline, a second (timer) bookmark fires
/// <see cref="Overdue"/> at the end of the last working day of the clinic's reply time, or of the last calendar
/// day when the deadline is given in calendar days.
/// </summary>
[Activity(TypeName, Version = 1, Pure = true, Category = CaseActivities.Category,
    Description = "Waits for a staff decision on the case (one of the offered decisions), or Overdue when the reply time in working days has passed.")]
[Outcomes(Overdue, FromInput = "decisions")]
public sealed class AwaitStaffDecision : IResumableActivity
{
    public const string TypeName = "FormEngine.AwaitStaffDecision";
    public const string Overdue = "Overdue";
    /// <summary>Name of the timer bookmark; the decision bookmark is named <see cref="TypeName"/>.</summary>
    public const string DeadlineBookmarkName = TypeName + ".Deadline";

    public const string NoDecisions = "NoDecisions";
    public const string DecisionNotOffered = "DecisionNotOffered";
    public const string DecisionWithoutStaff = "DecisionWithoutStaff";

    [Input(Description = "The decisions staff may take, e.g. [\"Answered\",\"AskResident\",\"Forward\",\"Close\"]; each is an outcome.", LiteralOnly = true)]
    public string[] Decisions { get; set; } = [];

    [Input(Description = "Reply-time target in Swedish working days; 0 means no deadline.")]
    public int DeadlineWorkingDays { get; set; }

    [Input(Description = "A deadline in calendar days instead (e.g. 40 for a home test's sample to arrive); used when greater than 0, the working days are then ignored.")]
    public int DeadlineCalendarDays { get; set; }

    [Input(Description = "Variable that receives the decision input ({decision, by, note, message, queue, clinic}); empty keeps none.", LiteralOnly = true)]
    public string? DecisionVariable { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return ValueTask.FromResult(CaseActivities.NoCaseFault(TypeName));
        if (Decisions.Length == 0)
            return ValueTask.FromResult(ActivityResult.Fault(NoDecisions, $"{TypeName} '{context.ActivityId}' offers no decisions."));
        if (Decisions.Contains(Overdue, StringComparer.Ordinal))
            return ValueTask.FromResult(ActivityResult.Fault(NoDecisions, $"'{Overdue}' is the deadline's outcome and cannot be offered as a decision."));

        var payload = new JsonObject { ["decisions"] = new JsonArray([.. Decisions.Select(d => (JsonNode)d)]) };
        List<BookmarkRequest> bookmarks = [new(TypeName, CaseActivities.StimulusFor(caseId), Payload: payload)];
        if (DeadlineCalendarDays > 0 || DeadlineWorkingDays > 0)
        {
            var timer = DeadlineCalendarDays > 0
                ? CaseActivities.CalendarDeadlineBookmark(DeadlineBookmarkName, caseId, context, DeadlineCalendarDays)
                : CaseActivities.DeadlineBookmark(DeadlineBookmarkName, caseId, context, DeadlineWorkingDays);
            payload["deadline"] = timer.Payload!["deadline"]!.DeepClone();
            bookmarks.Add(timer);
        }
        return ValueTask.FromResult<ActivityResult>(new ActivityResult.Suspended(bookmarks));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input)
    {
        if (bookmark.Name == DeadlineBookmarkName) return ValueTask.FromResult(ActivityResult.Outcome(Overdue));

        // The host validates a decision before resuming; this is the last line of defence.
        var offered = bookmark.Payload?["decisions"] is JsonArray list ? list.Select(d => d?.GetValue<string>()).ToArray() : Decisions;
        var decision = CaseActivities.StringOf(input, "decision");
        if (decision is null || !offered.Contains(decision, StringComparer.Ordinal))
            return ValueTask.FromResult(ActivityResult.Fault(DecisionNotOffered,
                $"Decision '{decision}' is not one of those offered ({string.Join(", ", offered)})."));
        if (string.IsNullOrWhiteSpace(CaseActivities.StringOf(input, "by")))
            return ValueTask.FromResult(ActivityResult.Fault(DecisionWithoutStaff, $"Decision '{decision}' does not say who took it ('by')."));

        if (!string.IsNullOrWhiteSpace(DecisionVariable)) context.SetVariable(DecisionVariable, input!.DeepClone());
        return ValueTask.FromResult(ActivityResult.Outcome(decision));
    }
}
