using System.Text.Json.Nodes;
using FormEngine.Rendering.Plans;
using FormEngine.Submissions;

namespace FormEngine.Rendering.Writing;

/// <summary>
/// One place a field (or a repeat row) appears on the page: its path and id, its answer and the object holding
/// its children's answers, the row of each enclosing repeat, and what the holes of its template get.
/// </summary>
internal readonly struct Occurrence
{
    public required FieldPlan Plan { get; init; }
    public required string Path { get; init; }
    public required string Id { get; init; }
    public required int[] Rows { get; init; }
    public JsonNode? Value { get; init; }
    public ValidationIssue? Issue { get; init; }
    public bool Locked { get; init; }
    public string[] Codes { get; init; }

    /// <summary>For a repeat row: its index and how many rows the repeat shows; -1 for fields.</summary>
    public int RowIndex { get; init; }
    public int RowCount { get; init; }

    public Occurrence()
    {
        Codes = [];
        RowIndex = -1;
    }

    public bool IsRow => RowIndex >= 0;
}
