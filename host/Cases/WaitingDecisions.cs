using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Host.Cases;

/// <summary>
/// The decisions a case's workflow offers right now: the payload of its waiting
/// <see cref="AwaitStaffDecision"/> bookmark (found by stimulus hash and correlation id = case id, an index
/// lookup). No bookmark, no actions: the workflow is busy, waits for the resident or has finished.
/// </summary>
public sealed class WaitingDecisions(IWorkflowStore store)
{
    public async Task<WaitingDecision?> FindAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var hash = Bookmark.HashOf(AwaitStaffDecision.TypeName, CaseActivities.StimulusFor(caseId));
        var bookmark = (await store.FindBookmarksAsync(hash, caseId, cancellationToken))
            .Where(b => b.Name == AwaitStaffDecision.TypeName).OrderBy(b => b.CreatedAt).FirstOrDefault();
        if (bookmark is null) return null;
        var decisions = bookmark.Payload?["decisions"] is JsonArray list
            ? list.Select(d => d?.GetValue<string>()).OfType<string>().ToArray()
            : [];
        var deadline = bookmark.Payload?["deadline"] is JsonValue v && DateTimeOffset.TryParse(v.GetValue<string>(), out var at) ? at : (DateTimeOffset?)null;
        return new WaitingDecision(bookmark.Id, decisions, deadline);
    }
}

/// <param name="BookmarkId">Resuming exactly this bookmark means a decision taken on a stale page can never wait for a later one.</param>
public sealed record WaitingDecision(string BookmarkId, IReadOnlyList<string> Decisions, DateTimeOffset? Deadline)
{
    public bool Offers(string decision) => Decisions.Contains(decision, StringComparer.Ordinal);
}

/// <summary>The decisions of the case workflows (AwaitStaffDecision outcomes) and how staff see them.</summary>
public static class StaffDecisions
{
    public const string Answered = "Answered";
    public const string AskResident = "AskResident";
    public const string Forward = "Forward";
    public const string Close = "Close";
    /// <summary>Egen provhantering (workflow egen-provhantering): the lab's result is negative, answered with a fixed text and closed.</summary>
    public const string ProvsvarNegativt = "ProvsvarNegativt";
    /// <summary>Egen provhantering: the result is positive; the case stays for staff to contact the resident.</summary>
    public const string ProvsvarPositivt = "ProvsvarPositivt";

    public static string Label(string decision) => decision switch
    {
        Answered => "Besvara och avsluta",
        AskResident => "Ställ en fråga till invånaren",
        Forward => "Skicka till en annan mottagning",
        Close => "Avsluta utan svar",
        ProvsvarNegativt => "Provsvar negativt: skicka svaret och avsluta",
        ProvsvarPositivt => "Provsvar positivt: kontakta invånaren",
        _ => decision,
    };
}
