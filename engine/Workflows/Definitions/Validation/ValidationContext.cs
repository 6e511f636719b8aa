using System.Globalization;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>One file's validation: where values are, what was found so far, and the activity knowledge.</summary>
internal sealed class ValidationContext(string file, JsonPositions positions, DiagnosticBag diagnostics, IActivityCatalog catalog)
{
    public IActivityCatalog Catalog => catalog;

    /// <summary>Every activity id seen in the definition (ids are unique across nested flowcharts too), with its pointer.</summary>
    public Dictionary<string, string> ActivityIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Where the value at <paramref name="pointer"/> starts; for an absent value, where its nearest present parent starts.</summary>
    public SourceSpan At(string pointer)
    {
        for (var current = pointer; ; current = Parent(current))
        {
            if (positions.Find(current) is { } found) return new SourceSpan(file, found.Line, found.Column);
            if (current.Length == 0) return new SourceSpan(file, 1, 1);
        }
    }

    /// <summary>Where the property name of <paramref name="pointer"/> starts (for an unknown property), else its value.</summary>
    public SourceSpan AtName(string pointer) =>
        positions.FindName(pointer) is { } found ? new SourceSpan(file, found.Line, found.Column) : At(pointer);

    /// <summary>A character inside a string value (a script's error or variable use), else the value itself.</summary>
    public SourceSpan InString(string pointer, int index) =>
        positions.FindInString(pointer, index) is { } found ? new SourceSpan(file, found.Line, found.Column) : At(pointer);

    public int LineOf(string pointer) => At(pointer).Line;

    public void Report(DiagnosticCode code, SourceSpan span, string message) => diagnostics.Report(code, span, message);

    public void Warn(DiagnosticCode code, SourceSpan span, string message) =>
        diagnostics.Add(new Diagnostic(code, Severity.Warning, span, message));

    public static string Child(string pointer, string name) => pointer + "/" + JsonPositions.Escape(name);

    public static string Child(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);

    private static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? "" : pointer[..slash];
    }
}
