using FormEngine.Catalog;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>The repository's catalogue (definitions/catalog/) against the repository's forms.</summary>
public sealed class RealCatalogTests
{
    private static readonly CatalogLoadResult Loaded = CatalogLoader.Load(RealCatalogFolder, RealForms);

    [Fact]
    public void Loads_with_no_diagnostics()
    {
        Assert.True(Loaded.Diagnostics.Count == 0, string.Join('\n', Loaded.Diagnostics));
        Assert.Equal(Loaded.ClinicsRead, Loaded.Catalog.Clinics.Count);
    }

    [Fact]
    public void Jonkopings_lan_has_vardcentraler_and_specialist_clinics()
    {
        var region = Assert.Single(Loaded.Catalog.Regions, r => r.Key == "jonkopings-lan");
        Assert.Equal("Region Jönköpings län", region.Name);
        Assert.True(region.Clinics.Count(c => c.Kind == ClinicKind.Vardcentral) >= 5);
        Assert.True(region.Clinics.Count(c => c.Kind == ClinicKind.Specialist) >= 3);
        Assert.Equal("Vårdcentralen Eksjö", Loaded.Catalog.FindClinic("vc-eksjo")!.Name);
        Assert.Same(region, Loaded.Catalog.RegionOf(Loaded.Catalog.FindClinic("vc-eksjo")!));
    }

    [Fact]
    public void Every_clinic_has_two_queues_standard_replies_and_offers_both_renewals_if_either()
    {
        foreach (var clinic in Loaded.Catalog.Clinics)
        {
            Assert.True(clinic.Queues.Count >= 2, clinic.Key);
            Assert.NotEmpty(clinic.StandardReplies);
            Assert.Equal(clinic.IsOffering("fornya-recept"), clinic.IsOffering("fornya-hjalpmedel"));
            Assert.All(clinic.Offers, offer => Assert.Contains(offer.EService, RealForms.Keys));
        }
    }

    [Fact]
    public void Clinics_issue_different_certificate_kinds()
    {
        string[] Kinds(string clinic) => [.. Loaded.Catalog.FindClinic(clinic)!.ListsFor("begar-intyg")["certificate_kinds"].Select(c => c.Code)];
        Assert.Contains("korkort", Kinds("vc-eksjo"));
        Assert.Contains("synintyg-korkort", Kinds("ogonmottagningen-ryhov"));
        Assert.DoesNotContain("synintyg-korkort", Kinds("vc-eksjo"));
        Assert.NotEqual(Kinds("vc-eksjo"), Kinds("vc-tranas"));
    }
}
