using FormEngine.Catalog;
using FormEngine.Diagnostics;
using FormEngine.Host.Operations;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Host.Definitions;

/// <summary>
/// Start-up: workflows first (forms name them), then forms (imported into the database), then the catalogue
/// (its offers name forms). Every problem is logged; what has errors is left out and the rest is served.
/// </summary>
public sealed partial class DefinitionImporter(
    DefinitionLibrary library, FormVersionImport imports, WorkflowRuntime runtime,
    FormEngineSettings settings, ILogger<DefinitionImporter> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var folder = settings.DefinitionsPath;
        var problems = new List<Diagnostic>();
        if (!Directory.Exists(folder)) DefinitionsMissing(logger, folder);

        var workflows = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var workflow in WorkflowFiles.Load(folder, problems))
        {
            try
            {
                await runtime.PublishAsync(workflow, cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                problems.Add(new Diagnostic(DiagnosticCodes.VersionNotRaised, Severity.Error, new SourceSpan(workflow.File, 1, 1), e.Message));
                continue;
            }
            if (!workflows.TryGetValue(workflow.DefinitionId, out var other) || other.Version < workflow.Version)
                workflows[workflow.DefinitionId] = workflow;
        }

        var files = FormFiles.Load(folder, workflows.Keys, problems);
        var (forms, current) = await imports.ImportAsync(files, problems, cancellationToken);

        var catalog = CatalogLoader.Load(Path.Combine(folder, CatalogLoader.FolderName), current.Values);
        problems.AddRange(catalog.Diagnostics);

        DiagnosticLog.Write(logger, problems);
        library.Replace(new DefinitionSet(forms, current, workflows, catalog.Catalog, problems));
        Loaded(logger, current.Count, forms.Count, workflows.Count, catalog.Catalog.Clinics.Count, problems.Count(p => p.IsError));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The definitions folder {Folder} does not exist; set FormEngine:DefinitionsPath")]
    private static partial void DefinitionsMissing(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Definitions loaded: {Offered} forms offered ({Versions} versions), {Workflows} workflows, {Clinics} clinics, {Errors} errors")]
    private static partial void Loaded(ILogger logger, int offered, int versions, int workflows, int clinics, int errors);
}
