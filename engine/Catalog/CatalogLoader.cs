using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Forms;

namespace FormEngine.Catalog;

/// <summary>
/// Reads the clinic catalogue: every <c>*.yaml</c> file directly in a folder (<c>definitions/catalog/</c>), one
/// region per file. Offers are checked against the forms given. Never throws on bad input: every problem is a
/// diagnostic, clinics with errors are left out and the rest is loaded.
/// </summary>
public static class CatalogLoader
{
    public const string FolderName = "catalog";

    public static CatalogLoadResult Load(string folder, IEnumerable<CompiledForm> forms) =>
        Load(folder, ByKey(forms.Select(f => f.Definition)));

    /// <param name="formsByKey">The e-services clinics may offer, by form key.</param>
    public static CatalogLoadResult Load(string folder, IReadOnlyDictionary<string, FormDefinition> formsByKey)
    {
        var diagnostics = new DiagnosticBag();
        var files = new List<CatalogFile>();
        foreach (var path in FindFiles(folder, diagnostics))
        {
            try
            {
                files.Add(new CatalogFile(path, File.ReadAllText(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(DiagnosticCodes.CatalogUnreadable, new SourceSpan(path, 0, 0), $"The catalogue file cannot be read: {e.Message}");
            }
        }
        var result = Read(files, formsByKey);
        diagnostics.AddRange(result.Diagnostics);
        return result with { Diagnostics = diagnostics.Sorted() };
    }

    /// <summary>Reads catalogue files already in memory, in the order given (the first of two duplicates wins).</summary>
    public static CatalogLoadResult Read(IReadOnlyList<CatalogFile> files, IReadOnlyDictionary<string, FormDefinition> formsByKey)
    {
        var diagnostics = new DiagnosticBag();
        var regions = new List<Region>();
        var clinicKeys = new HashSet<string>(StringComparer.Ordinal);
        var hsaIds = new Dictionary<string, Clinic>(StringComparer.Ordinal);
        var clinicsRead = 0;
        foreach (var file in files)
        {
            var (read, count) = RegionReader.Read(file.Path, file.Text, formsByKey, diagnostics);
            clinicsRead += count;
            if (read is not { } region) continue;
            if (regions.Exists(r => r.Key == region.Key))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateCatalogKey, region.Span, $"Region '{region.Key}' is given in more than one catalogue file.");
                continue;
            }
            var clinics = new List<Clinic>();
            foreach (var clinic in region.Clinics)
            {
                if (!clinicKeys.Add(clinic.Key))
                    diagnostics.Report(DiagnosticCodes.DuplicateCatalogKey, clinic.Span, $"Clinic '{clinic.Key}' is given more than once in the catalogue.");
                else if (hsaIds.TryGetValue(clinic.HsaId, out var other))
                    diagnostics.Report(DiagnosticCodes.DuplicateHsaId, clinic.Span, $"HSA-id '{clinic.HsaId}' is already clinic '{other.Key}''s: a clinic is one vårdenhet.");
                else
                {
                    hsaIds[clinic.HsaId] = clinic;
                    clinics.Add(clinic);
                }
            }
            regions.Add(region with { Clinics = clinics });
        }
        return new CatalogLoadResult(new ClinicCatalog(regions), diagnostics.Sorted(), clinicsRead);
    }

    public static IReadOnlyDictionary<string, FormDefinition> ByKey(IEnumerable<FormDefinition> forms) =>
        forms.DistinctBy(f => f.Key).ToDictionary(f => f.Key, StringComparer.Ordinal);

    private static IReadOnlyList<string> FindFiles(string folder, DiagnosticBag diagnostics)
    {
        try
        {
            return [.. Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            diagnostics.Report(DiagnosticCodes.CatalogUnreadable, new SourceSpan(folder, 0, 0), $"The catalogue folder cannot be read: {e.Message}");
            return [];
        }
    }
}
