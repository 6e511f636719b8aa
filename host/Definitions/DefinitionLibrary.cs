using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Forms;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Host.Definitions;

/// <summary>
/// Every definition the site serves: forms (each imported version, old ones from the database too), the current
/// version of each e-service and template, the workflows and the clinic catalogue. Loaded once at start-up by
/// <see cref="DefinitionImporter"/>, read-only afterwards, so pages read it without locks.
/// </summary>
public sealed class DefinitionLibrary
{
    private DefinitionSet _set = DefinitionSet.Empty;

    public ClinicCatalog Catalog => _set.Catalog;

    /// <summary>Any imported version, including older versions that are only in the database.</summary>
    public CompiledForm? Form(string key, int version) => _set.Forms.GetValueOrDefault((key, version));

    /// <summary>The version new cases use: the latest offered version that compiled without errors.</summary>
    public CompiledForm? Current(string key) => _set.Current.GetValueOrDefault(key);

    /// <summary>The current version of every offered e-service and template, by key.</summary>
    public IReadOnlyList<CompiledForm> CurrentForms => _set.CurrentForms;

    /// <summary>The invånarärende templates (flow staff-initiated) among <see cref="CurrentForms"/>.</summary>
    public IReadOnlyList<CompiledForm> Templates => _set.Templates;

    /// <summary>The latest valid version of a workflow in definitions/workflows (published to the runtime).</summary>
    public WorkflowDefinition? Workflow(string definitionId) => _set.Workflows.GetValueOrDefault(definitionId);

    /// <summary>Every error and warning found while loading (already logged).</summary>
    public IReadOnlyList<Diagnostic> Problems => _set.Problems;

    /// <summary>Set once, at start-up, before requests are served.</summary>
    internal void Replace(DefinitionSet set) => _set = set;
}

/// <summary>An immutable snapshot of everything <see cref="DefinitionLibrary"/> answers.</summary>
public sealed record DefinitionSet(
    IReadOnlyDictionary<(string Key, int Version), CompiledForm> Forms,
    IReadOnlyDictionary<string, CompiledForm> Current,
    IReadOnlyDictionary<string, WorkflowDefinition> Workflows,
    ClinicCatalog Catalog,
    IReadOnlyList<Diagnostic> Problems)
{
    public static readonly DefinitionSet Empty = new(
        new Dictionary<(string, int), CompiledForm>(), new Dictionary<string, CompiledForm>(),
        new Dictionary<string, WorkflowDefinition>(), ClinicCatalog.Empty, []);

    public IReadOnlyList<CompiledForm> CurrentForms { get; } = [.. Current.Values.OrderBy(f => f.Key, StringComparer.Ordinal)];

    public IReadOnlyList<CompiledForm> Templates { get; } =
        [.. Current.Values.Where(f => f.Definition.Flow == FlowType.StaffInitiated).OrderBy(f => f.Key, StringComparer.Ordinal)];
}
