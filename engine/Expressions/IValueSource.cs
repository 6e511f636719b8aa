namespace FormEngine.Expressions;

/// <summary>Current values during evaluation.</summary>
public interface IValueSource
{
    /// <summary>
    /// The value of <paramref name="symbol"/>, or null when absent: bool, decimal, string, DateOnly, TimeOnly,
    /// DateTime or IReadOnlyList&lt;object?&gt; of those.
    /// </summary>
    object? Get(Symbol symbol);

    /// <summary>The date <c>today()</c> means. Comes from the host so that evaluation is reproducible and testable.</summary>
    DateOnly Today { get; }
}
