using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Forms.Compilation;

namespace FormEngine.Tests.Catalog;

/// <summary>Forms and catalogue text for the catalogue tests.</summary>
internal static class CatalogFixtures
{
    public static string RealCatalogFolder => Path.Combine(RepositoryRoot.Path, "definitions", CatalogLoader.FolderName);

    /// <summary>The repository's e-service forms, compiled as the host compiles them.</summary>
    public static IReadOnlyDictionary<string, FormDefinition> RealForms { get; } = CatalogLoader.ByKey(
        DefinitionFiles.FindForms(Path.Combine(RepositoryRoot.Path, "definitions", "eservices"))
            .Select(file => new FormCompiler().Compile(file, File.ReadAllText(file)).Form?.Definition
                ?? throw new InvalidOperationException($"{file} does not compile")));

    /// <summary>Small stand-ins for the forms, so that these tests do not change when the real forms do.</summary>
    public static IReadOnlyDictionary<string, FormDefinition> TestForms { get; } = CatalogLoader.ByKey(
    [
        Form("begar-intyg", "certificate_kinds"),
        Form("fornya-recept", "clinic_prescriptions"),
        Form("fornya-hjalpmedel"),
        Form("kontakta-mig"),
    ]);

    public static FormDefinition Form(string key, params string[] externalLists) => new()
    {
        Key = key,
        Version = 1,
        Title = LocalizedText.Swedish(key),
        Category = key,
        Workflow = "standard-case",
        ExternalLists = [.. externalLists.Select(name => new ExternalListDefinition(name, null, SourceSpan.None))],
        Pages = [],
        Span = SourceSpan.None,
        File = $"{key}/form.yaml",
    };

    /// <summary>A region file whose clinics are <paramref name="clinics"/> (YAML indented for the list, no leading '-').</summary>
    public const string Header = """
        key: test-region
        name: Region Test
        reply_time_days_default: 2
        clinics:

        """;

    /// <summary>A clinic without mistakes, starting on line 5 of a file that begins with <see cref="Header"/>.</summary>
    public const string GoodClinic = """
          - key: vc-test
            name: Vårdcentralen Test
            kind: vardcentral
            hsa_id: SE2321000065-E000000000901
            municipality: Eksjö
            queues:
              - {key: sjukskoterskor, name: {sv: Sjuksköterskor}}
              - {key: lakare, name: {sv: Läkare}}
            offers:
              - eservice: begar-intyg
                queue: lakare
                lists:
                  certificate_kinds:
                    - {code: korkort, label: {sv: Körkortsintyg}}
              - eservice: fornya-recept
              - eservice: fornya-hjalpmedel
            standard_replies:
              - {key: recept-fornyat, title: Receptet är förnyat, text: Hej! Receptet är förnyat.}

        """;

    /// <summary>A region file of <see cref="Header"/> and these lines: the first of them is line 5.</summary>
    public static string Region(params string[] lines) => Header + string.Join('\n', lines) + "\n";

    /// <summary>The lines of a minimal good clinic (lines 5 to 12 when first), for tests to add their mistake to.</summary>
    public static string[] MinimalClinic(string key = "vc-a", string hsaId = "SE2321000065-E1") =>
    [
        $"  - key: {key}",
        "    name: Vårdcentralen A",
        "    kind: vardcentral",
        $"    hsa_id: {hsaId}",
        "    municipality: Eksjö",
        "    queues:",
        "      - {key: sjukskoterskor, name: {sv: Sjuksköterskor}}",
        "      - {key: lakare, name: {sv: Läkare}}",
    ];

    public static CatalogLoadResult Read(string yaml, string file = "region.yaml") =>
        CatalogLoader.Read([new CatalogFile(file, yaml)], TestForms);
}
