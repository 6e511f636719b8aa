using FormEngine.Catalog;
using FormEngine.Diagnostics;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>Every catalogue diagnostic, from a file with exactly that mistake, at the line and column of the mistake.</summary>
public sealed class CatalogDiagnosticsTests
{
    private static Diagnostic Single(CatalogLoadResult result, DiagnosticCode code, int line, int column)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.True(diagnostic.Code == code && diagnostic.Span.Line == line && diagnostic.Span.Column == column,
            $"expected {code} at ({line},{column}), got {diagnostic}");
        return diagnostic;
    }

    private static string[] With(string[] clinic, params string[] lines) => [.. clinic, .. lines];

    [Fact]
    public void The_minimal_clinic_has_no_diagnostics()
    {
        var result = Read(Region(MinimalClinic()));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("vc-a", Assert.Single(result.Catalog.Clinics).Key);
    }

    [Fact]
    public void FE3001_a_clinic_key_given_twice_keeps_the_first_clinic()
    {
        var result = Read(Region([.. MinimalClinic(hsaId: "SE2321000065-E1"), .. MinimalClinic(hsaId: "SE2321000065-E2")]));
        var diagnostic = Single(result, DiagnosticCodes.DuplicateCatalogKey, 13, 5);
        Assert.Equal("region.yaml(13,5): error FE3001: Clinic 'vc-a' is given more than once in the catalogue.", diagnostic.ToString());
        Assert.Equal("SE2321000065-E1", Assert.Single(result.Catalog.Clinics).HsaId);
        Assert.Equal(2, result.ClinicsRead);
    }

    [Fact]
    public void FE3001_a_region_in_two_files_is_reported_in_the_second()
    {
        var result = CatalogLoader.Read(
            [new CatalogFile("a.yaml", Region(MinimalClinic("vc-a", "SE2321000065-E1"))), new CatalogFile("b.yaml", Region(MinimalClinic("vc-b", "SE2321000065-E2")))],
            TestForms);
        var diagnostic = Single(result, DiagnosticCodes.DuplicateCatalogKey, 1, 1);
        Assert.Equal("b.yaml", diagnostic.Span.File);
        Assert.Equal(["vc-a"], result.Catalog.Clinics.Select(c => c.Key));
    }

    [Fact]
    public void FE3002_a_queue_given_twice()
    {
        var result = Read(Region(With(MinimalClinic(), "      - key: lakare", "        name: {sv: Läkare igen}")));
        Single(result, DiagnosticCodes.DuplicateClinicEntry, 13, 14);
        Assert.Empty(result.Catalog.Clinics);
    }

    [Fact]
    public void FE3002_an_e_service_offered_twice()
    {
        var result = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: begar-intyg", "      - eservice: begar-intyg")));
        Single(result, DiagnosticCodes.DuplicateClinicEntry, 15, 19);
    }

    [Fact]
    public void FE3002_a_standard_reply_given_twice()
    {
        var result = Read(Region(With(MinimalClinic(), "    standard_replies:",
            "      - {key: boka-tid, title: Boka tid, text: Hej! Boka en tid.}",
            "      - {key: boka-tid, title: Boka tid, text: Hej! Ring oss.}")));
        Single(result, DiagnosticCodes.DuplicateClinicEntry, 15, 15);
    }

    [Fact]
    public void FE3003_a_clinic_without_queues_at_the_clinic_or_at_the_empty_list()
    {
        Single(Read(Region(MinimalClinic()[..5])), DiagnosticCodes.ClinicWithoutQueues, 5, 5);
        var empty = Read(Region([.. MinimalClinic()[..5], "    queues: []"]));
        Single(empty, DiagnosticCodes.ClinicWithoutQueues, 10, 13);
        Assert.Empty(empty.Catalog.Clinics);
    }

    [Fact]
    public void FE3004_an_unknown_e_service_suggests_the_closest()
    {
        var result = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: fornya-recpt")));
        var diagnostic = Single(result, DiagnosticCodes.UnknownEService, 14, 19);
        Assert.EndsWith("No e-service 'fornya-recpt'. Did you mean 'fornya-recept'?", diagnostic.Message);
    }

    [Fact]
    public void FE3005_an_offer_routed_to_a_queue_the_clinic_does_not_have()
    {
        var result = Read(Region(With(MinimalClinic(), "    offers:", "      - {eservice: begar-intyg, queue: lakre}")));
        var diagnostic = Single(result, DiagnosticCodes.UnknownQueue, 14, 40);
        Assert.Equal("The clinic has no queue 'lakre'. Did you mean 'lakare'?", diagnostic.Message);
    }

    [Fact]
    public void FE3006_a_list_the_form_does_not_declare_as_external()
    {
        var result = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: begar-intyg", "        lists:",
            "          certifcate_kinds:", "            - {code: korkort, label: {sv: Körkortsintyg}}")));
        var diagnostic = Single(result, DiagnosticCodes.NotAnExternalList, 16, 11);
        Assert.Equal("'certifcate_kinds' is not an external list of e-service 'begar-intyg'. Did you mean 'certificate_kinds'?", diagnostic.Message);
    }

    [Fact]
    public void FE3006_a_list_for_a_form_without_external_lists()
    {
        var result = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: kontakta-mig",
            "        lists: {sizes: [{code: m, label: {sv: M}}]}")));
        var diagnostic = Single(result, DiagnosticCodes.NotAnExternalList, 15, 17);
        Assert.Equal("E-service 'kontakta-mig' declares no external lists, so it takes no list 'sizes'.", diagnostic.Message);
    }

    [Theory]
    [InlineData("SE232100006-E1")]          // nine digits
    [InlineData("SE2321000065E1")]          // no '-'
    [InlineData("se2321000065-E1")]         // lower-case country
    [InlineData("SE2321000065-e1")]         // lower-case unit part
    [InlineData("SE2321000065-E00000000000000000001")] // longer than 31 characters
    public void FE3007_an_invalid_hsa_id(string hsaId)
    {
        Single(Read(Region(MinimalClinic(hsaId: hsaId))), DiagnosticCodes.InvalidHsaId, 8, 13);
    }

    [Fact]
    public void FE3008_two_clinics_with_one_hsa_id()
    {
        var result = Read(Region([.. MinimalClinic("vc-a"), .. MinimalClinic("vc-b")]));
        var diagnostic = Single(result, DiagnosticCodes.DuplicateHsaId, 13, 5);
        Assert.Contains("'vc-a'", diagnostic.Message);
        Assert.Equal(["vc-a"], result.Catalog.Clinics.Select(c => c.Key));
    }

    [Fact]
    public void FE3009_a_prescribing_clinic_offering_only_one_renewal_is_a_warning_and_still_loaded()
    {
        var result = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: fornya-recept")));
        var diagnostic = Single(result, DiagnosticCodes.PrescribingOfferIncomplete, 14, 19);
        Assert.False(diagnostic.IsError);
        Assert.Single(result.Catalog.Clinics);
    }

    [Fact]
    public void FE3010_a_missing_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"formengine-no-catalog-{Guid.NewGuid():N}");
        var result = CatalogLoader.Load(folder, TestForms);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.CatalogUnreadable, diagnostic.Code);
        Assert.Equal(folder, diagnostic.Span.File);
        Assert.Empty(result.Catalog.Clinics);
    }

    [Fact]
    public void Unknown_properties_are_FE1002_with_did_you_mean()
    {
        var result = Read(Region(With(MinimalClinic(), "    municipalty: Eksjö")));
        var diagnostic = Single(result, DiagnosticCodes.UnknownProperty, 13, 5);
        Assert.Equal("Unknown property 'municipalty' in a clinic. Did you mean 'municipality'?", diagnostic.Message);
    }

    [Fact]
    public void Duplicate_properties_are_FE1003()
    {
        Single(Read(Region(With(MinimalClinic(), "    name: Vårdcentralen B"))), DiagnosticCodes.DuplicateProperty, 13, 5);
    }

    [Fact]
    public void Missing_required_properties_are_FE1004_at_the_clinic()
    {
        var clinic = MinimalClinic();
        var result = Read(Region([clinic[0], .. clinic[2..]]));
        var diagnostic = Single(result, DiagnosticCodes.MissingProperty, 5, 5);
        Assert.Equal("Required property 'name' is missing.", diagnostic.Message);
        Single(Read(Region([clinic[0], clinic[1], .. clinic[3..]])), DiagnosticCodes.MissingProperty, 5, 5);
    }

    [Fact]
    public void Region_settings_are_checked()
    {
        var result = Read("key: Test Region\nname: Region Test\nreply_time_days_default: 0\nclinics: []\n");
        Assert.Equal([("FE1009", 1, 6), ("FE1006", 3, 26)], result.Diagnostics.Select(d => (d.Code.Id, d.Span.Line, d.Span.Column)));
        Assert.Empty(result.Catalog.Regions);
    }

    [Fact]
    public void A_kind_that_is_neither_vardcentral_nor_specialist_is_FE1006()
    {
        var clinic = MinimalClinic();
        clinic[2] = "    kind: vardcentralen";
        Single(Read(Region(clinic)), DiagnosticCodes.InvalidValue, 7, 11);
    }

    [Fact]
    public void An_invalid_clinic_key_is_FE1009()
    {
        Single(Read(Region(MinimalClinic(key: "VC Eksjö"))), DiagnosticCodes.InvalidKey, 5, 10);
    }

    [Fact]
    public void An_age_range_upside_down_is_FE1032()
    {
        Single(Read(Region(With(MinimalClinic(), "    min_age: 18", "    max_age: 16"))), DiagnosticCodes.InvalidRange, 14, 14);
    }

    [Fact]
    public void An_empty_list_and_a_choice_code_given_twice()
    {
        var empty = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: begar-intyg", "        lists: {certificate_kinds: []}")));
        Single(empty, DiagnosticCodes.EmptyContainer, 15, 36);
        var twice = Read(Region(With(MinimalClinic(), "    offers:", "      - eservice: begar-intyg", "        lists:", "          certificate_kinds:",
            "            - {code: korkort, label: {sv: Körkortsintyg}}", "            - {code: korkort, label: {sv: Körkort}}")));
        Single(twice, DiagnosticCodes.DuplicateChoiceCode, 18, 22);
    }

    [Fact]
    public void A_clinic_with_errors_is_left_out_and_the_others_are_loaded()
    {
        var result = Read(Region([.. MinimalClinic("vc-a", "SE2321000065-E1"), .. MinimalClinic("vc-b", "bad"), .. MinimalClinic("vc-c", "SE2321000065-E3")]));
        Single(result, DiagnosticCodes.InvalidHsaId, 16, 13);
        Assert.Equal(["vc-a", "vc-c"], result.Catalog.Clinics.Select(c => c.Key));
        Assert.Equal(3, result.ClinicsRead);
    }

    [Fact]
    public void An_unclosed_brace_is_FE1001_near_the_brace()
    {
        // YamlDotNet throws InvalidOperationException rather than YamlException for this one, and its look-ahead
        // has gone past the closed '{' on line 11 when it does.
        var clinic = MinimalClinic();
        clinic[7] = "      - {key: lakare, name: {sv: Läk";
        var result = Read(Region([.. clinic, "    municipality: Eksjö"]));
        Single(result, DiagnosticCodes.YamlSyntax, 11, 9);
        Assert.Empty(result.Catalog.Regions);
    }
}
