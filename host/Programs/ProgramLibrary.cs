using FormEngine.Host.Definitions;
using FormEngine.Host.Operations;
using FormEngine.Programs;

namespace FormEngine.Host.Programs;

/// <summary>
/// The treatment programs of definitions/programs, read once on first use (after the definitions are loaded at
/// start-up, so that the clinics can be checked against the catalogue). Programs with errors are logged and left
/// out. Assignments keep the version they were given; the library serves the current files, so a program whose
/// modules are renamed in a new version should get a new key (docs/programs.md).
/// </summary>
public sealed partial class ProgramLibrary(DefinitionLibrary definitions, FormEngineSettings settings, ILogger<ProgramLibrary> logger)
{
    private readonly Lazy<ProgramLoadResult> _loaded = new(() => Load(definitions, settings, logger));

    public IReadOnlyList<TreatmentProgram> All => [.. _loaded.Value.Programs.Values.OrderBy(p => p.Title.In("sv"), StringComparer.CurrentCulture)];

    public TreatmentProgram? Find(string key) => _loaded.Value.Programs.GetValueOrDefault(key);

    private static ProgramLoadResult Load(DefinitionLibrary definitions, FormEngineSettings settings, ILogger logger)
    {
        var folder = Path.Combine(settings.DefinitionsPath, ProgramLoader.FolderName);
        if (!Directory.Exists(folder)) return ProgramLoadResult.Empty;
        var result = ProgramLoader.Load(folder, definitions.Catalog);
        DiagnosticLog.Write(logger, result.Diagnostics);
        Loaded(logger, result.Programs.Count, result.ErrorCount);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Treatment programs loaded: {Count} programs, {Errors} errors")]
    private static partial void Loaded(ILogger logger, int count, int errors);
}
