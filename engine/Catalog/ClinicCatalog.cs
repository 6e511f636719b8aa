using System.Collections.Frozen;

namespace FormEngine.Catalog;

/// <summary>
/// Every region and clinic the host serves, read once at start-up and never changed afterwards.
/// Keys are unique across the whole catalogue (the loader leaves out duplicates).
/// </summary>
public sealed class ClinicCatalog
{
    public static readonly ClinicCatalog Empty = new([]);

    private readonly FrozenDictionary<string, Region> _regions;
    private readonly FrozenDictionary<string, Clinic> _clinics;

    public ClinicCatalog(IReadOnlyList<Region> regions)
    {
        Regions = regions;
        Clinics = [.. regions.SelectMany(r => r.Clinics)];
        _regions = regions.DistinctBy(r => r.Key).ToFrozenDictionary(r => r.Key, StringComparer.Ordinal);
        _clinics = Clinics.DistinctBy(c => c.Key).ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Every clinic, region by region in file order.</summary>
    public IReadOnlyList<Clinic> Clinics { get; }

    public Clinic? FindClinic(string key) => _clinics.GetValueOrDefault(key);

    public Region? FindRegion(string key) => _regions.GetValueOrDefault(key);

    public Region? RegionOf(Clinic clinic) => FindRegion(clinic.RegionKey);

    public IReadOnlyList<Clinic> ClinicsOffering(string eservice) => [.. Clinics.Where(c => c.IsOffering(eservice))];
}
