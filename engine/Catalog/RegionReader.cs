using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Catalog;

/// <summary>Reads one catalogue file: a region's settings and its clinics.</summary>
internal static class RegionReader
{
    private static readonly string[] Properties = ["key", "name", "reply_time_days_default", "clinics"];

    /// <returns>
    /// The region with the clinics that read without errors, null when the region's own key, name or settings
    /// are missing (its clinics are still read, so that their mistakes are reported too); and how many clinics
    /// the file holds, readable or not.
    /// </returns>
    public static (Region? Region, int ClinicCount) Read(string file, string text, IReadOnlyDictionary<string, FormDefinition> forms, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(file, text, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors) diagnostics.Report(DiagnosticCodes.EmptyContainer, new SourceSpan(file, 1, 1), "The file is empty.");
            return (null, 0);
        }
        if (root is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, root.Span, "A catalogue file must be a mapping: a region with key, name and clinics.");
            return (null, 0);
        }

        var region = new MappingReader(mapping, diagnostics, Properties, "the region");
        var key = region.Scalar("key", required: true);
        var keyValid = key is not null && CatalogKey.Check(key, diagnostics, "Region key");
        var name = region.String("name", required: true);
        var replyTimeDays = region.Int("reply_time_days_default", required: true, min: 1);
        var clinics = new List<Clinic>();
        var nodes = region.Sequence("clinics", required: true) ?? [];
        foreach (var node in nodes)
            if (ClinicReader.Read(node, key?.Value ?? "", forms, diagnostics) is { } clinic)
                clinics.Add(clinic);

        if (!keyValid || name is null || replyTimeDays is null) return (null, nodes.Count);
        return (new Region(key!.Value, name, replyTimeDays.Value, clinics) { File = file, Span = mapping.Span }, nodes.Count);
    }
}
