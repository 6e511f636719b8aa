using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Definitions.Validation;

namespace FormEngine.Host.Definitions;

/// <summary>Reads and validates definitions/workflows/*.json; a workflow with errors is reported and left out.</summary>
internal static class WorkflowFiles
{
    public static IReadOnlyList<WorkflowDefinition> Load(string definitionsFolder, List<Diagnostic> problems)
    {
        var folder = Path.Combine(definitionsFolder, DefinitionFiles.WorkflowsFolder);
        if (!Directory.Exists(folder)) return [];
        var validator = new WorkflowValidator();
        var loaded = new List<WorkflowDefinition>();
        foreach (var file in DefinitionFiles.FindWorkflows(folder))
        {
            string json;
            try
            {
                json = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new Diagnostic(DiagnosticCodes.WorkflowJsonSyntax, Severity.Error, new SourceSpan(file, 0, 0), $"The workflow file cannot be read: {e.Message}"));
                continue;
            }
            var validation = validator.Validate(file, json);
            problems.AddRange(validation.Diagnostics);
            if (validation.HasErrors) continue;
            var bag = new DiagnosticBag();
            var definition = WorkflowDefinitionReader.Read(file, json, bag);
            problems.AddRange(bag.Items);
            if (definition is not null && !bag.HasErrors) loaded.Add(definition);
        }
        return loaded;
    }
}
