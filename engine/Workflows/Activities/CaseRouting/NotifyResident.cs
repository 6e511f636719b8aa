using FormEngine.Workflows.Cases;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// Queues an e-mail/SMS notification for the case's resident. By design the text is a fixed literal: e-mail
/// and SMS leave the care system, so nothing from the case may go into them. The input is literal-only (the
/// loader refuses expressions) and this activity also refuses text that looks like a template.
/// </summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Notifies the resident (if they opted in) with a fixed, non-sensitive text: no expressions, no case contents.")]
[Outcomes(ActivityResult.Done)]
public sealed class NotifyResident(INotificationOutbox outbox) : IActivity
{
    public const string TypeName = "FormEngine.NotifyResident";
    public const string NotFixed = "NotificationNotFixed";
    /// <summary>Fixed texts are short; a long one is probably content pasted where it must not go.</summary>
    public const int MaxLength = 300;

    private static readonly string[] TemplateMarkers = ["{{", "{%", "${"];

    [Input(Description = "The fixed text; empty uses 1177's standard text about a new inbox message.", LiteralOnly = true)]
    public string? Text { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return CaseActivities.NoCaseFault(TypeName);
        var text = string.IsNullOrWhiteSpace(Text) ? NotificationTexts.NewMessage : Text.Trim();
        if (TemplateMarkers.Any(m => text.Contains(m, StringComparison.Ordinal)))
            return ActivityResult.Fault(NotFixed, $"{TypeName} '{context.ActivityId}': a notification text is fixed; it may not contain expressions or template tags.");
        if (text.Length > MaxLength)
            return ActivityResult.Fault(NotFixed, $"{TypeName} '{context.ActivityId}': a notification text is at most {MaxLength} characters.");

        await outbox.EnqueueAsync(caseId, text, context.CancellationToken);
        return ActivityResult.DoneResult;
    }
}
