namespace FormEngine.Host.Cases;

/// <summary>How a staff action on a case went; pages turn it into a redirect, a message or a status code.</summary>
/// <param name="Faulted">Applied, but the workflow raised an incident carrying it out (administrators retry it).</param>
public sealed record StaffActionResult(StaffActionOutcome Outcome, string? Message = null, string? Field = null, bool Faulted = false)
{
    public const string ConflictMessage = "Ärendet har ändrats av någon annan. Ladda om sidan.";

    public static StaffActionResult Applied(string message, bool faulted = false) => new(StaffActionOutcome.Applied, message, Faulted: faulted);
    public static StaffActionResult Conflict() => new(StaffActionOutcome.Conflict, ConflictMessage);
    public static StaffActionResult Invalid(string field, string message) => new(StaffActionOutcome.Invalid, message, field);
    public static readonly StaffActionResult NotFound = new(StaffActionOutcome.NotFound);
}

public enum StaffActionOutcome
{
    /// <summary>Done, exactly once.</summary>
    Applied,
    /// <summary>Someone else acted first (or the page was stale): nothing was applied.</summary>
    Conflict,
    /// <summary>The input was incomplete; nothing was applied. <see cref="StaffActionResult.Field"/> names the field.</summary>
    Invalid,
    /// <summary>No such case, or none this staff member may act on (the same answer, so as not to reveal it exists).</summary>
    NotFound,
}
