using System.Collections;

namespace FormEngine.Expressions.Evaluation;

/// <summary>Shared runtime value helpers: boxed booleans, truthiness and tolerant input normalisation.</summary>
internal static class Values
{
    // Boxing a bool on every evaluation would allocate; conditions are evaluated very often.
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Box(bool value) => value ? True : False;

    /// <summary>Conditions treat null (and anything not true) as false.</summary>
    public static bool IsTrue(object? value) => value is true;

    /// <summary>
    /// Hosts should hand over decimals and IReadOnlyList&lt;object?&gt;, but an int or a List&lt;decimal&gt; slipping
    /// through must not make a condition silently false.
    /// </summary>
    public static object? Normalize(object? value) => value switch
    {
        null or string or decimal or bool or DateOnly or TimeOnly or DateTime or IReadOnlyList<object?> => value,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => double.IsFinite(d) ? (decimal)d : null,
        float f => float.IsFinite(f) ? (decimal)f : null,
        IEnumerable items => items.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}
