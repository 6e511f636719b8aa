using FormEngine.Diagnostics;

namespace FormEngine.Catalog;

/// <summary>A catalogue file's name (as diagnostics should show it) and its text.</summary>
public sealed record CatalogFile(string Path, string Text);

/// <param name="Catalog">Every region and clinic that read without errors; never null, empty when nothing could be read.</param>
/// <param name="Diagnostics">Every problem, in file order.</param>
/// <param name="ClinicsRead">Clinics found in the files, including those left out because of errors.</param>
public sealed record CatalogLoadResult(ClinicCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics, int ClinicsRead)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
    public bool HasErrors => ErrorCount > 0;
}
