using System.Text.Json.Nodes;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>A resident's submission as the intake receives it (answers already read from the post).</summary>
/// <param name="IdempotencyKey">From the hidden field of the rendered form: a retry of the same form carries the same key.</param>
/// <param name="DraftId">The draft the answers came from; deleted with the commit that stores the case.</param>
/// <param name="Ombud">The guardian's personnummer when a guardian sends it for the child <paramref name="Personnummer"/> as ombud.</param>
public sealed record IntakeRequest(
    string Personnummer, string ClinicKey, string FormKey, int FormVersion, JsonObject Answers, string IdempotencyKey, string? DraftId = null,
    string? Ombud = null);

/// <summary>What became of a submission.</summary>
public abstract record IntakeResult
{
    private IntakeResult() { }

    /// <summary>Stored durably (or stored before, when <paramref name="Repeated"/>): the receipt can be shown.</summary>
    public sealed record Accepted(string CaseId, string Reference, bool Repeated) : IntakeResult;

    /// <summary>The answers have problems; nothing was stored.</summary>
    public sealed record Invalid(SubmissionResult Result) : IntakeResult;

    /// <summary>The clinic does not offer the form (or either is unknown); nothing was stored.</summary>
    public sealed record Refused(string Reason) : IntakeResult;
}
