using System.Text.Json.Nodes;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// Waits for the resident to answer a question. The host stores the reply on the case (never in workflow
/// state) and resumes with stimulus <c>{caseId}</c> + correlation id. With a deadline, a timer bookmark
/// fires <see cref="Overdue"/> at the end of the last working day.
/// </summary>
[Activity(TypeName, Version = 1, Pure = true, Category = CaseActivities.Category,
    Description = "Waits for the resident's reply to a question, or Overdue when the deadline in working days has passed.")]
[Outcomes(Replied, Overdue)]
public sealed class AwaitResidentReply : IResumableActivity
{
    public const string TypeName = "FormEngine.AwaitResidentReply";
    public const string Replied = "Replied";
    public const string Overdue = "Overdue";
    public const string DeadlineBookmarkName = TypeName + ".Deadline";

    [Input(Description = "Days the resident has to reply, in Swedish working days; 0 means wait without a deadline.")]
    public int DeadlineWorkingDays { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return ValueTask.FromResult(CaseActivities.NoCaseFault(TypeName));

        List<BookmarkRequest> bookmarks = [new(TypeName, CaseActivities.StimulusFor(caseId))];
        if (DeadlineWorkingDays > 0)
            bookmarks.Add(CaseActivities.DeadlineBookmark(DeadlineBookmarkName, caseId, context, DeadlineWorkingDays));
        return ValueTask.FromResult<ActivityResult>(new ActivityResult.Suspended(bookmarks));
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Bookmark bookmark, JsonNode? input) =>
        ValueTask.FromResult(ActivityResult.Outcome(bookmark.Name == DeadlineBookmarkName ? Overdue : Replied));
}
