using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>
/// One occurrence of a field in a submission: the object that holds it, the row of each enclosing repeat,
/// and its path such as <c>packages[1].count</c>.
/// </summary>
public sealed record FieldInstance(CompiledField Field, System.Text.Json.Nodes.JsonObject Container, int[] Rows, string Path);
