namespace FormEngine.Workflows.Cases;

/// <summary>
/// Queues an e-mail/SMS notification to the resident of a case, sent only if they opted in. The text is
/// fixed and non-sensitive: it says that something is waiting in the inbox, never what (no form contents,
/// no diagnoses, no clinic names that reveal care).
/// </summary>
public interface INotificationOutbox
{
    ValueTask EnqueueAsync(string caseId, string text, CancellationToken cancellationToken = default);
}

public static class NotificationTexts
{
    /// <summary>1177's own wording for a new inbox message.</summary>
    public const string NewMessage = "Du har ett meddelande i e-tjänsterna på 1177. Meddelandet finns i inkorgen när du loggat in.";
}
