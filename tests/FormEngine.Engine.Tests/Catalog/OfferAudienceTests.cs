using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>
/// Who an offer is for: every clinic offers synpunkter-klagomal (FE3031), and an offer may be for named
/// residents only (begränsat urval, FE3032).
/// </summary>
public sealed class OfferAudienceTests
{
    private static readonly IReadOnlyDictionary<string, FormDefinition> Forms =
        CatalogLoader.ByKey([.. TestForms.Values, Form(OfferReader.Complaints)]);

    private static CatalogLoadResult ReadWith(params string[] offers) =>
        CatalogLoader.Read([new CatalogFile("region.yaml", Region([.. MinimalClinic(), "    offers:", .. offers]))], Forms);

    [Fact]
    public void FE3031_a_clinic_offering_e_services_without_complaints_is_a_warning_and_still_loaded()
    {
        var result = ReadWith("      - eservice: kontakta-mig");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("region.yaml(14,19): warning FE3031: The clinic offers e-services but not 'synpunkter-klagomal': every clinic takes opinions and complaints.", diagnostic.ToString());
        Assert.Single(result.Catalog.Clinics);
    }

    [Fact]
    public void A_clinic_offering_complaints_or_nothing_at_all_is_fine()
    {
        Assert.Empty(ReadWith("      - eservice: kontakta-mig", "      - eservice: synpunkter-klagomal").Diagnostics);
        Assert.Empty(CatalogLoader.Read([new CatalogFile("region.yaml", Region(MinimalClinic()))], Forms).Diagnostics);
    }

    [Fact]
    public void Without_the_complaints_form_the_rule_is_not_checked()
    {
        Assert.Empty(Read(Region([.. MinimalClinic(), "    offers:", "      - eservice: kontakta-mig"])).Diagnostics);
    }

    [Fact]
    public void An_offer_for_named_residents_is_offered_to_them_only()
    {
        var result = ReadWith(
            "      - eservice: synpunkter-klagomal",
            "      - eservice: kontakta-mig",
            "        residents: [\"191212121212\", \"19850922-4625\"]");

        Assert.Empty(result.Diagnostics);
        var clinic = Assert.Single(result.Catalog.Clinics);
        Assert.Equal(["191212121212", "198509224625"], clinic.FindOffer("kontakta-mig")!.Residents!.Order());
        Assert.True(clinic.IsOffering("kontakta-mig", "191212121212"));
        Assert.True(clinic.IsOffering("kontakta-mig", "198509224625"));
        Assert.False(clinic.IsOffering("kontakta-mig", "195511181538"));
        // An offer without residents is for everyone.
        Assert.True(clinic.IsOffering("synpunkter-klagomal", "195511181538"));
        Assert.Null(clinic.FindOffer("synpunkter-klagomal")!.Residents);
    }

    [Theory]
    [InlineData("\"121212-1212\"", "'121212-1212'")]      // short form: the century is not written out
    [InlineData("\"191212121213\"", "'191212121213'")]    // wrong check digit
    [InlineData("\"191212721219\"", "'191212721219'")]    // samordningsnummer (day + 60): cannot log in
    [InlineData("tolvan", "'tolvan'")]
    public void FE3032_a_resident_that_is_not_a_personnummer_is_an_error_and_the_clinic_is_left_out(string entry, string quoted)
    {
        var result = ReadWith("      - eservice: synpunkter-klagomal", "      - eservice: kontakta-mig", $"        residents: [{entry}]");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidOfferResident, diagnostic.Code);
        Assert.Equal(16, diagnostic.Span.Line);
        Assert.Contains(quoted, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Catalog.Clinics);
    }

    [Fact]
    public void An_empty_residents_list_is_an_error()
    {
        var result = ReadWith("      - eservice: synpunkter-klagomal", "      - eservice: kontakta-mig", "        residents: []");

        Assert.Equal(DiagnosticCodes.EmptyContainer, Assert.Single(result.Diagnostics).Code);
    }
}
