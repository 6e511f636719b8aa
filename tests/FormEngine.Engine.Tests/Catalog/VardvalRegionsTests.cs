using FormEngine.Catalog;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>The repository's three vårdval regions: several files in the catalogue folder, each with its own clinics and setting.</summary>
public sealed class VardvalRegionsTests
{
    private static readonly CatalogLoadResult Loaded = CatalogLoader.Load(RealCatalogFolder, RealForms);

    [Theory]
    [InlineData("jonkopings-lan", "Region Jönköpings län", true)]
    [InlineData("ostergotland", "Region Östergötland", false)]
    [InlineData("kalmar-lan", "Region Kalmar län", true)]
    public void Each_region_file_is_loaded_with_its_vardcentraler_and_setting(string key, string name, bool hidden)
    {
        var region = Loaded.Catalog.FindRegion(key);

        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(hidden, region.Vardval?.HiddenForProtectedIdentity);
        var vardcentraler = region.Clinics.Where(c => c.Kind == ClinicKind.Vardcentral).ToList();
        Assert.True(vardcentraler.Count >= 3, key);
        Assert.All(vardcentraler, c => Assert.True(c.IsOffering(VardvalSettings.EService), c.Key));
        Assert.All(region.Clinics, c => Assert.Equal(key, c.RegionKey));
    }

    [Fact]
    public void Clinics_of_the_new_regions_have_their_own_hsa_ids_and_fictitious_phone_numbers()
    {
        var added = Loaded.Catalog.Clinics.Where(c => c.RegionKey is "ostergotland" or "kalmar-lan").ToList();

        Assert.Equal(6, added.Count);
        Assert.All(added, c => Assert.StartsWith("031-390 06 ", c.Phone));
        Assert.Equal(Loaded.Catalog.Clinics.Count, Loaded.Catalog.Clinics.Select(c => c.HsaId).Distinct().Count());
        Assert.Equal("Vårdcentralen Ekholmen", Loaded.Catalog.FindClinic("vc-linkoping-ekholmen")!.Name);
        Assert.Equal("ostergotland", Loaded.Catalog.RegionOf(Loaded.Catalog.FindClinic("vc-linkoping-ekholmen")!)!.Key);
    }
}
