using FormEngine.Catalog;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Forms;
using LocalizedTextReader = FormEngine.Definitions.TextReader;

namespace FormEngine.Programs;

/// <summary>
/// Reads one <c>program.yaml</c>. Never throws on bad input: every mistake is a diagnostic at its line and column,
/// and a program with any error is returned as null (a half-read program could lock a resident out of a module).
/// </summary>
public static class ProgramReader
{
    public const string FileName = "program.yaml";

    private static readonly string[] Properties = ["key", "version", "title", "description", "clinic_kinds", "clinics", "modules"];

    private static readonly Dictionary<string, ClinicKind> Kinds = new()
    {
        ["vardcentral"] = ClinicKind.Vardcentral,
        ["specialist"] = ClinicKind.Specialist,
    };

    /// <param name="forms">The program's step forms (compiled from its forms/ folder), by form key.</param>
    /// <param name="catalog">When given, <c>clinics:</c> must name clinics in it.</param>
    public static TreatmentProgram? Read(string file, string text, IReadOnlyDictionary<string, CompiledForm> forms,
        ClinicCatalog? catalog, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var program = ReadRoot(file, text, forms, catalog, local);
        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : program;
    }

    private static TreatmentProgram? ReadRoot(string file, string text, IReadOnlyDictionary<string, CompiledForm> forms,
        ClinicCatalog? catalog, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(file, text, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors) diagnostics.Report(DiagnosticCodes.EmptyContainer, new SourceSpan(file, 1, 1), "The file is empty.");
            return null;
        }
        if (root is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, root.Span, "A program must be a mapping with key, version, title, description and modules.");
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, Properties, "the program");
        var key = reader.Scalar("key", required: true);
        if (key is not null) CatalogKey.Check(key, diagnostics, "Program key");
        var version = reader.Int("version", required: true, min: 1);
        var title = LocalizedTextReader.Read(reader, "title", required: true);
        var description = LocalizedTextReader.Read(reader, "description", required: true);
        var kinds = ReadKinds(reader);
        var clinics = ReadClinics(reader, catalog);
        var modules = ProgramModuleReader.ReadAll(reader, forms);
        if (key is null || version is null || title is null || description is null) return null;
        return new TreatmentProgram
        {
            Key = key.Value,
            Version = version.Value,
            Title = title,
            Description = description,
            ClinicKinds = kinds,
            Clinics = clinics,
            Modules = modules,
            File = file,
            Span = mapping.Span,
        };
    }

    private static List<ClinicKind> ReadKinds(MappingReader reader)
    {
        var kinds = new List<ClinicKind>();
        foreach (var node in reader.Sequence("clinic_kinds") ?? [])
        {
            if (node is not YamlScalar { IsNull: false } scalar)
            {
                reader.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A clinic kind is a single value: vardcentral or specialist.");
                continue;
            }
            if (Kinds.TryGetValue(scalar.Value, out var kind)) kinds.Add(kind);
            else
                reader.Diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Span,
                    $"'{scalar.Value}' is not a clinic kind: use 'vardcentral' or 'specialist'.{DidYouMean.Suggest(scalar.Value, Kinds.Keys)}");
        }
        return kinds;
    }

    private static List<string> ReadClinics(MappingReader reader, ClinicCatalog? catalog)
    {
        var clinics = new List<string>();
        foreach (var node in reader.Sequence("clinics") ?? [])
        {
            if (node is not YamlScalar { IsNull: false } scalar)
            {
                reader.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A clinic is given by its key, a single value.");
                continue;
            }
            if (catalog is not null && catalog.FindClinic(scalar.Value) is null)
                reader.Diagnostics.Report(DiagnosticCodes.UnknownProgramClinic, scalar.Span,
                    $"Clinic '{scalar.Value}' is not in the catalogue.{DidYouMean.Suggest(scalar.Value, catalog.Clinics.Select(c => c.Key))}");
            else clinics.Add(scalar.Value);
        }
        return clinics;
    }
}
