namespace FormEngine.Programs;

/// <summary>
/// What the <c>program-step</c> workflow asks of the host when a resident has sent a step form: mark the stored
/// step submission as received and put it in the behandlare's list ("nytt att läsa"). Idempotent, because the
/// activity may run twice after a crash. Takes ids only: the answers stay in the host's database.
/// </summary>
public interface IProgramSteps
{
    /// <returns>False when there is no such step submission.</returns>
    ValueTask<bool> RecordAsync(string stepSubmissionId, CancellationToken cancellationToken = default);
}

/// <summary>An in-memory <see cref="IProgramSteps"/> for tests and the command-line tool.</summary>
public sealed class InMemoryProgramSteps : IProgramSteps
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<string> _recorded = [];

    public IReadOnlyList<string> Recorded => _recorded;

    public InMemoryProgramSteps Add(string stepSubmissionId)
    {
        _known.Add(stepSubmissionId);
        return this;
    }

    public ValueTask<bool> RecordAsync(string stepSubmissionId, CancellationToken cancellationToken = default)
    {
        if (!_known.Contains(stepSubmissionId)) return ValueTask.FromResult(false);
        if (!_recorded.Contains(stepSubmissionId)) _recorded.Add(stepSubmissionId);
        return ValueTask.FromResult(true);
    }
}
