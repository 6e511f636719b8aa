using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Submissions;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

public sealed class ClinicTests
{
    private static Clinic Good() => Assert.Single(Read(Region(GoodClinic)).Catalog.Clinics);

    [Fact]
    public void Cases_go_to_the_offer_s_queue_or_else_the_first_queue()
    {
        var clinic = Good();
        Assert.Equal("lakare", clinic.QueueFor("begar-intyg")!.Key);
        Assert.Equal("sjukskoterskor", clinic.QueueFor("fornya-recept")!.Key);
        Assert.Equal("sjukskoterskor", clinic.DefaultQueue.Key);
        Assert.Null(clinic.QueueFor("kontakta-mig"));
    }

    [Fact]
    public void The_form_context_has_the_clinic_its_lists_and_the_resident_s_lists()
    {
        var prescriptions = new Dictionary<string, IReadOnlyList<ExternalChoice>>
        {
            ["clinic_prescriptions"] = [new ExternalChoice("rx-1", LocalizedText.Swedish("Levaxin 50 mikrogram"))],
        };
        var context = Good().ContextFor("begar-intyg", new DateOnly(2026, 1, 15), new ResidentInfo("191212121212"), prescriptions);
        Assert.Equal(new ClinicInfo("vc-test", "Vårdcentralen Test"), context.Clinic);
        Assert.Equal("191212121212", context.Resident!.Personnummer);
        Assert.Equal(["korkort"], context.List("certificate_kinds").Select(c => c.Code));
        Assert.Equal("Körkortsintyg", context.List("certificate_kinds")[0].Label.In("sv"));
        Assert.Equal(["rx-1"], context.List("clinic_prescriptions").Select(c => c.Code));
        Assert.Empty(Good().ContextFor("kontakta-mig", new DateOnly(2026, 1, 15)).Lists);
    }

    [Fact]
    public void Reads_every_property()
    {
        var clinic = Assert.Single(Read(Region([.. MinimalClinic(), "    address: Storgatan 1, 575 31 Eksjö", "    phone: 031-390 06 01",
            "    min_age: 18", "    max_age: 64"])).Catalog.Clinics);
        Assert.Equal(("Storgatan 1, 575 31 Eksjö", "031-390 06 01", "Eksjö", "test-region"), (clinic.Address, clinic.Phone, clinic.Municipality, clinic.RegionKey));
        Assert.Equal(("SE2321000065-E1", ClinicKind.Vardcentral), (clinic.HsaId, clinic.Kind));
        Assert.Equal("Läkare", clinic.FindQueue("lakare")!.Name.In("en"));
        Assert.Equal([false, true, true, false], new[] { 17, 18, 64, 65 }.Select(clinic.Serves));
        Assert.Equal("Hej! Receptet är förnyat.", Good().FindStandardReply("recept-fornyat")!.Text);
    }

    [Fact]
    public void A_clinic_without_an_age_limit_serves_everyone()
    {
        Assert.True(Good().Serves(0) && Good().Serves(120));
    }

    [Fact]
    public void The_catalogue_finds_clinics_by_key_and_by_offer()
    {
        var catalog = Read(Region([.. MinimalClinic("vc-a", "SE2321000065-E1"), .. GoodClinic.TrimEnd('\n').Split('\n')])).Catalog;
        Assert.Equal(["vc-test"], catalog.ClinicsOffering("begar-intyg").Select(c => c.Key));
        Assert.Equal(["vc-a", "vc-test"], catalog.Clinics.Select(c => c.Key));
        Assert.Null(catalog.FindClinic("vc-b"));
        Assert.Equal("Region Test", catalog.FindRegion("test-region")!.Name);
    }
}
