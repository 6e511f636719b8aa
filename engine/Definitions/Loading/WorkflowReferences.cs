using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions.Loading;

/// <summary>
/// A form names the workflow its cases run by definitionId (<c>workflow: standard-case</c>). When the workflows
/// are validated in the same run, that name must be among them (FE2014), reported at the form's
/// <c>workflow:</c> value. A missing or broken <c>workflow:</c> is the form compiler's to report.
/// </summary>
public static class WorkflowReferences
{
    public static Diagnostic? Check(string formFile, string yaml, IReadOnlyCollection<string> definitionIds)
    {
        if (YamlTreeReader.Read(formFile, yaml, new DiagnosticBag()) is not YamlMapping form) return null;
        if (form.Find("workflow")?.Value is not YamlScalar { IsNull: false, Value.Length: > 0 } workflow) return null;
        if (definitionIds.Contains(workflow.Value)) return null;
        return new Diagnostic(DiagnosticCodes.UnknownWorkflow, Severity.Error, workflow.Span,
            $"No workflow with definitionId '{workflow.Value}'.{DidYouMean.Suggest(workflow.Value, definitionIds)}");
    }
}
