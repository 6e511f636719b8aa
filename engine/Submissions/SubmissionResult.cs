using System.Text.Json.Nodes;
using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>
/// The outcome of the server pipeline: the normalised answers (what would be stored), every problem found,
/// and which field occurrences are relevant (shown).
/// </summary>
public sealed class SubmissionResult
{
    public required CompiledForm Form { get; init; }
    public required JsonObject Data { get; init; }
    public required IReadOnlyList<ValidationIssue> Issues { get; init; }
    /// <summary>Paths of relevant field occurrences (<c>reason</c>, <c>packages[0].count</c>), in evaluation order.</summary>
    public required IReadOnlyList<string> RelevantPaths { get; init; }
    internal IReadOnlyDictionary<CompiledField, List<FieldInstance>> Instances { get; init; } = new Dictionary<CompiledField, List<FieldInstance>>();

    public bool IsValid => Issues.Count == 0;

    public bool IsRelevant(CompiledField field) => Instances.ContainsKey(field);

    public IReadOnlyList<FieldInstance> InstancesOf(CompiledField field) =>
        Instances.TryGetValue(field, out var list) ? list : [];

    /// <summary>
    /// The problems a resident must fix before leaving page <paramref name="pageIndex"/>; the check-your-answers
    /// page (index = number of pages) owns the problems of no field, such as terms not accepted.
    /// </summary>
    public IReadOnlyList<ValidationIssue> IssuesOnPage(int pageIndex) =>
        [.. Issues.Where(i => i.Field is null ? pageIndex == Form.Pages.Count : TopLevel(i.Field).Page.Index == pageIndex)];

    private static CompiledField TopLevel(CompiledField field)
    {
        while (field.Parent is not null) field = field.Parent;
        return field;
    }
}
