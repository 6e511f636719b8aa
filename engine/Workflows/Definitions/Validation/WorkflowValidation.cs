using System.Text.Json.Nodes;
using FormEngine.Diagnostics;

namespace FormEngine.Workflows.Definitions.Validation;

/// <param name="Json">The document, or null when it is not valid JSON.</param>
/// <param name="DefinitionId">The definition's <c>definitionId</c>, when it has one (a form's <c>workflow:</c> names it).</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
public sealed record WorkflowValidation(JsonObject? Json, string? DefinitionId, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
