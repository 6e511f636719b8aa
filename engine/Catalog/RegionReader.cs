using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Catalog;

/// <summary>Reads one catalogue file: a region's settings and its clinics.</summary>
internal static class RegionReader
{
    private static readonly string[] Properties = ["key", "name", "reply_time_days_default", "vardval", "clinics"];
    private static readonly string[] VardvalProperties = ["hidden_for_protected_identity"];

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
        var vardvalNode = region.Mapping("vardval");
        var vardval = vardvalNode is null ? null : ReadVardval(vardvalNode, diagnostics);
        var clinics = new List<Clinic>();
        var nodes = region.Sequence("clinics", required: true) ?? [];
        foreach (var node in nodes)
            if (ClinicReader.Read(node, key?.Value ?? "", forms, diagnostics) is { } clinic)
                clinics.Add(clinic);

        if (vardval is not null && forms.ContainsKey(VardvalSettings.EService))
            CheckVardvalOffered(clinics, diagnostics);

        if (!keyValid || name is null || replyTimeDays is null || (vardvalNode is not null && vardval is null)) return (null, nodes.Count);
        return (new Region(key!.Value, name, replyTimeDays.Value, clinics) { File = file, Span = mapping.Span, Vardval = vardval }, nodes.Count);
    }

    /// <summary>The <c>vardval:</c> block; null (reported) when a setting is missing or not a plain true/false.</summary>
    private static VardvalSettings? ReadVardval(YamlMapping node, DiagnosticBag diagnostics)
    {
        var settings = new MappingReader(node, diagnostics, VardvalProperties, "the region's vardval settings");
        var hidden = settings.Scalar("hidden_for_protected_identity", required: true);
        if (hidden is null) return null;
        // Only the two YAML words: "yes", "1" or "hidden" must not silently decide who sees their listing.
        if (hidden.Value is not ("true" or "false"))
        {
            diagnostics.Report(DiagnosticCodes.InvalidVardvalSetting, hidden.Span,
                $"'hidden_for_protected_identity' must be true or false, not '{hidden.Value}'.");
            return null;
        }
        return new VardvalSettings(hidden.Value == "true");
    }

    /// <summary>
    /// A resident changes their listing through the vårdcentral they are listed at (docs/vardval.md), so in a region
    /// with vårdval every vårdcentral must offer the e-service.
    /// </summary>
    private static void CheckVardvalOffered(IEnumerable<Clinic> clinics, DiagnosticBag diagnostics)
    {
        foreach (var clinic in clinics.Where(c => c.Kind == ClinicKind.Vardcentral && !c.IsOffering(VardvalSettings.EService)))
            diagnostics.Report(DiagnosticCodes.VardvalNotOffered, clinic.Span,
                $"Vårdcentral '{clinic.Key}' does not offer '{VardvalSettings.EService}', but its region has vårdval: its listed residents could not change their listing.");
    }
}
