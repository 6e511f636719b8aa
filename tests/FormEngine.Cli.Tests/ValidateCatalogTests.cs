namespace FormEngine.Cli.Tests;

/// <summary><c>formengine validate FOLDER</c> also checks FOLDER/catalog/ against the forms of the same run.</summary>
public sealed class ValidateCatalogTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Region(string offer) => $$$"""
        key: test-region
        name: Region Test
        reply_time_days_default: 1
        clinics:
          - key: vc-test
            name: Vårdcentralen Test
            kind: vardcentral
            hsa_id: SE2321000065-E000000000901
            municipality: Eksjö
            queues:
              - {key: sjukskoterskor, name: {sv: Sjuksköterskor}}
              - {key: lakare, name: {sv: Läkare}}
            offers:
        {{{offer}}}
        """;

    private const string GoodOffer = """
              - eservice: intyg-test
                queue: lakare
                lists:
                  certificate_kinds:
                    - {code: korkort, label: {sv: Körkortsintyg}}
        """;

    [Fact]
    public void A_good_catalogue_is_counted_in_the_summary_and_exits_0()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        _folder.Write("catalog/test-region.yaml", Region(GoodOffer));
        var run = CliRun.Of("validate", _folder.Root);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["1 form, 0 examples, 0 workflows, 1 clinic: 0 errors, 0 warnings"], run.StdoutLines);
    }

    [Fact]
    public void Catalogue_mistakes_are_printed_with_their_positions_and_exit_1()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        var region = _folder.Write("catalog/test-region.yaml", Region("""
                  - eservice: intyg-tset
                  - {eservice: intyg-test, queue: lakre, lists: {certifcate_kinds: [{code: a, label: {sv: A}}]}}
            """));
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                $"{region}(14,19): error FE3004: No e-service 'intyg-tset'. Did you mean 'intyg-test'?",
                $"{region}(15,39): error FE3005: The clinic has no queue 'lakre'. Did you mean 'lakare'?",
                $"{region}(15,54): error FE3006: 'certifcate_kinds' is not an external list of e-service 'intyg-test'. Did you mean 'certificate_kinds'?",
                "1 form, 0 examples, 0 workflows, 1 clinic: 3 errors, 0 warnings",
            ],
            run.StdoutLines);
    }

    [Fact]
    public void A_form_with_errors_is_still_an_e_service_clinics_may_offer()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg.Replace("category: begar-intyg", "category: begar-intyg\nreply_time: 2"));
        _folder.Write("catalog/test-region.yaml", Region(GoodOffer));
        var run = CliRun.Of("validate", _folder.Root);
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(run.StdoutLines, line => line.Contains("FE30"));
        Assert.Equal("1 form, 0 examples, 0 workflows, 1 clinic: 1 error, 0 warnings", run.StdoutLines[^1]);
    }

    [Fact]
    public void Without_a_catalog_folder_the_summary_has_no_clinics()
    {
        _folder.Write("eservices/intyg/form.yaml", TestForms.Intyg);
        Assert.Equal(["1 form, 0 examples, 0 workflows: 0 errors, 0 warnings"], CliRun.Of("validate", _folder.Root).StdoutLines);
    }
}
