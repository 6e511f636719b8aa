using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Benchmarks;

/// <summary>
/// A realistic 15-field e-service page (a resident describing a problem to the clinic) with one valid and one
/// invalid submission, both as a resident's browser would post them.
/// </summary>
internal static class ValidationForm
{
    public const string Yaml = """
        key: bench-kontakt
        version: 1
        title: {sv: Kontakta mottagningen}
        category: kontakt
        workflow: standard-case
        languages: [sv]
        pages:
          - key: main
            title: {sv: Ditt ärende}
            fields:
              - key: name
                type: text
                label: {sv: Namn}
                required: true
                validators:
                  - max_length: 100
              - key: description
                type: textarea
                label: {sv: Beskriv dina besvär}
                required: true
                validators:
                  - max_length: 2000
              - key: days
                type: integer
                label: {sv: Hur många dagar har du haft besvär?}
                required: true
                validators:
                  - min: 0
                  - max: 365
              - key: started
                type: date
                label: {sv: När började besvären?}
              - key: severity
                type: single_choice
                label: {sv: Hur svåra är besvären?}
                required: true
                choices:
                  - {code: mild, label: {sv: Lindriga}}
                  - {code: moderate, label: {sv: Måttliga}}
                  - {code: severe, label: {sv: Svåra}}
              - key: symptoms
                type: multiple_choice
                label: {sv: Vilka symtom har du?}
                choices:
                  - {code: fever, label: {sv: Feber}}
                  - {code: cough, label: {sv: Hosta}}
                  - {code: pain, label: {sv: Smärta}}
                  - {code: rash, label: {sv: Utslag}}
                validators:
                  - max_count: 3
              - key: temperature
                type: decimal
                label: {sv: Högsta temperatur}
                required: true
                visible_when: "'fever' in symptoms"
                validators:
                  - min: 35
                  - max: 43
              - key: medication
                type: yes_no
                label: {sv: Tar du några läkemedel?}
                required: true
              - key: medication_list
                type: textarea
                label: {sv: Vilka läkemedel?}
                required: medication
                validators:
                  - max_length: 500
              - key: email
                type: email
                label: {sv: E-post}
              - key: phone
                type: phone
                label: {sv: Telefon}
                required: true
              - key: patient
                type: personnummer
                label: {sv: Personnummer}
                required: true
              - key: contact_time
                type: single_choice
                label: {sv: När kan vi ringa?}
                display: select
                choices:
                  - {code: morning, label: {sv: Förmiddag}}
                  - {code: afternoon, label: {sv: Eftermiddag}}
              - key: postcode
                type: text
                label: {sv: Postnummer}
                validators:
                  - pattern: '^\d{3} ?\d{2}$'
              - key: interpreter
                type: yes_no
                label: {sv: Behöver du tolk?}
        """;

    public static FormContext Context { get; } = new() { Today = new DateOnly(2025, 3, 14) };

    /// <summary>A 1,650-character Swedish description, about what toolchain.md measured JsonSchema.Net with.</summary>
    private static readonly string Description = string.Concat(Enumerable.Repeat(
        "Jag har haft ont i halsen och feber i fyra dagar, värst på kvällarna. Det gör ont att svälja och jag är trött. ", 15))[..1650];

    public static JsonObject Valid() => new()
    {
        ["name"] = "Åsa Öberg",
        ["description"] = Description,
        ["days"] = "4",
        ["started"] = "2025-03-10",
        ["severity"] = "moderate",
        ["symptoms"] = new JsonArray("fever", "cough", "pain"),
        ["temperature"] = "38,5",
        ["medication"] = "ja",
        ["medication_list"] = "Alvedon 500 mg vid behov",
        ["email"] = "asa.oberg@exempel.se",
        ["phone"] = "070-123 45 67",
        ["patient"] = "19900101-2385",
        ["contact_time"] = "morning",
        ["postcode"] = "123 45",
        ["interpreter"] = "nej",
    };

    /// <summary>
    /// Ten problems: name missing, description too long, days out of range, an impossible date, a severity not
    /// offered, temperature and medication list missing (two if/then), a broken e-mail, a wrong check digit, a bad postcode.
    /// </summary>
    public static JsonObject Invalid() => new()
    {
        ["description"] = Description + Description,
        ["days"] = "400",
        ["started"] = "2025-02-30",
        ["severity"] = "terrible",
        ["symptoms"] = new JsonArray("fever"),
        ["medication"] = "ja",
        ["email"] = "asa.oberg@",
        ["phone"] = "070-123 45 67",
        ["patient"] = "19900101-2384",
        ["postcode"] = "1234",
    };

    public static CompiledForm Compile()
    {
        var result = new FormCompiler().Compile("bench-kontakt.yaml", Yaml);
        return result.Form ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    /// <summary>The repository's root, found from this source file (benchmarks run from a generated project elsewhere).</summary>
    public static string RepositoryRoot([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FormEngine.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No FormEngine.sln above {source}.");
    }
}
