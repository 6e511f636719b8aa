using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Time;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// What every case activity shares: which case it acts on, the stimulus that resumes a wait for that case,
/// and the timer bookmark of a working-day deadline.
/// </summary>
public static class CaseActivities
{
    public const string Category = "Cases";

    /// <summary>Fault code when neither the workflow input <c>caseId</c> nor the correlation id names a case.</summary>
    public const string NoCase = "NoCase";

    /// <summary>The case: the workflow input <c>caseId</c>, else the instance's correlation id.</summary>
    public static string? CaseIdOf(ActivityContext context)
    {
        var input = context.GetInput("caseId");
        var fromInput = input is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : input is JsonValue number ? number.ToJsonString() : null;
        return !string.IsNullOrWhiteSpace(fromInput) ? fromInput
            : !string.IsNullOrWhiteSpace(context.CorrelationId) ? context.CorrelationId
            : null;
    }

    public static ActivityResult NoCaseFault(string activityType) =>
        ActivityResult.Fault(NoCase, $"{activityType} needs a case: give the workflow input 'caseId' or correlate the instance with the case id.");

    /// <summary>
    /// The stimulus the host resumes a case wait with (together with the case id as correlation id). Both sides
    /// build it here so that the hashes match.
    /// </summary>
    public static JsonObject StimulusFor(string caseId) => new() { ["caseId"] = caseId };

    /// <summary>A durable timer at the end of the <paramref name="workingDays"/>-th Swedish working day from now.</summary>
    public static BookmarkRequest DeadlineBookmark(string name, string caseId, ActivityContext context, int workingDays)
    {
        var deadline = SwedishCalendar.Instance.DeadlineAfter(context.Now, workingDays);
        return new BookmarkRequest(name, StimulusFor(caseId), deadline, new JsonObject { ["deadline"] = deadline.ToString("O") });
    }

    /// <summary>
    /// A durable timer at the end of the <paramref name="days"/>-th calendar day from now in Sweden (weekends and
    /// holidays count): "within 40 days" ends at midnight after the 40th day.
    /// </summary>
    public static BookmarkRequest CalendarDeadlineBookmark(string name, string caseId, ActivityContext context, int days)
    {
        var deadline = SwedishCalendar.EndOfDay(SwedishCalendar.SwedishDateOf(context.Now).AddDays(days));
        return new BookmarkRequest(name, StimulusFor(caseId), deadline, new JsonObject { ["deadline"] = deadline.ToString("O") });
    }

    /// <summary>A string property of a resume input, or null.</summary>
    public static string? StringOf(JsonNode? input, string name) =>
        input?[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
