using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>A region's <c>vardval:</c> block: the setting for skyddad identitet, its mistakes, and the offer every vårdcentral needs.</summary>
public sealed class VardvalSettingsTests
{
    private static readonly IReadOnlyDictionary<string, FormDefinition> FormsWithVardval =
        CatalogLoader.ByKey([.. TestForms.Values, Form("vardval", "vardcentraler")]);

    /// <summary>A region file with the vårdval block's lines after the header's settings (the block starts on line 4).</summary>
    private static string RegionWith(string[] vardval, params string[] clinic) =>
        string.Join('\n', ["key: test-region", "name: Region Test", "reply_time_days_default: 2", .. vardval, "clinics:", .. clinic]) + "\n";

    private static string[] OfferingVardval() => [.. MinimalClinic(), "    offers:", "      - eservice: vardval"];

    private static CatalogLoadResult Load(string yaml) => CatalogLoader.Read([new CatalogFile("region.yaml", yaml)], FormsWithVardval);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Reads_whether_vardval_is_hidden_for_skyddad_identitet(string value, bool hidden)
    {
        var result = Load(RegionWith(["vardval:", $"  hidden_for_protected_identity: {value}"], OfferingVardval()));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new VardvalSettings(hidden), Assert.Single(result.Catalog.Regions).Vardval);
    }

    [Fact]
    public void A_region_without_the_block_takes_no_part_in_vardval()
    {
        var result = Load(RegionWith([], MinimalClinic()));

        Assert.Empty(result.Diagnostics);
        Assert.Null(Assert.Single(result.Catalog.Regions).Vardval);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("True")]
    public void FE3041_a_setting_that_is_not_true_or_false_leaves_the_region_out(string value)
    {
        var result = Load(RegionWith(["vardval:", $"  hidden_for_protected_identity: {value}"], OfferingVardval()));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidVardvalSetting, diagnostic.Code);
        Assert.Equal((5, 34), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal($"region.yaml(5,34): error FE3041: 'hidden_for_protected_identity' must be true or false, not '{value}'.", diagnostic.ToString());
        Assert.Empty(result.Catalog.Regions);
    }

    [Fact]
    public void A_missing_setting_is_reported_and_leaves_the_region_out()
    {
        var result = Load(RegionWith(["vardval:", "  hiden_for_protected_identity: true"], OfferingVardval()));

        Assert.Equal([DiagnosticCodes.UnknownProperty, DiagnosticCodes.MissingProperty], result.Diagnostics.Select(d => d.Code));
        Assert.Contains("did you mean 'hidden_for_protected_identity'", result.Diagnostics[0].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(result.Catalog.Regions);
    }

    [Fact]
    public void A_block_that_is_not_a_mapping_is_reported()
    {
        var result = Load(RegionWith(["vardval: true"], OfferingVardval()));

        Assert.Equal(DiagnosticCodes.WrongNodeKind, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void FE3042_a_vardcentral_of_a_vardval_region_that_does_not_offer_it_is_warned_about()
    {
        var result = Load(RegionWith(["vardval:", "  hidden_for_protected_identity: false"],
            [.. MinimalClinic(), "    offers:", "      - eservice: fornya-recept", "      - eservice: fornya-hjalpmedel"]));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.VardvalNotOffered, diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(7, diagnostic.Span.Line);
        Assert.Single(result.Catalog.Clinics);
    }

    [Fact]
    public void Specialist_clinics_and_regions_without_vardval_need_no_vardval_offer()
    {
        string[] specialist = [.. MinimalClinic(), "    offers:", "      - eservice: fornya-recept", "      - eservice: fornya-hjalpmedel"];
        specialist[2] = "    kind: specialist";

        Assert.Empty(Load(RegionWith(["vardval:", "  hidden_for_protected_identity: false"], specialist)).Diagnostics);
        Assert.Empty(Load(RegionWith([], [.. MinimalClinic(), "    offers:", "      - eservice: fornya-recept", "      - eservice: fornya-hjalpmedel"])).Diagnostics);
    }
}
