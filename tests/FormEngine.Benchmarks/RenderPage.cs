using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Benchmarks;

/// <summary>The benchmarked page: 15 fields of the common types, every one answered.</summary>
internal static class RenderPage
{
    public const string Yaml = """
        key: render-benchmark
        version: 1
        title: {sv: Förnya hjälpmedel}
        category: fornya-hjalpmedel
        workflow: standard-case
        terms: {sv: Jag intygar att uppgifterna stämmer.}
        pages:
          - key: order
            title: {sv: Din beställning}
            intro: {sv: Fyll i uppgifterna nedan.}
            fields:
              - {key: first_name, type: text, label: {sv: Förnamn}, autocomplete: given-name, required: true}
              - {key: last_name, type: text, label: {sv: Efternamn}, autocomplete: family-name, required: true}
              - {key: email, type: email, label: {sv: E-post}, hint: {sv: Vi skickar en bekräftelse hit.}}
              - {key: phone, type: phone, label: {sv: Telefonnummer}, required: true}
              - {key: packages, type: integer, label: {sv: Antal förpackningar}, required: true, validators: [{max: 12}]}
              - {key: last_delivery, type: date, label: {sv: Senaste leverans}}
              - key: aid
                type: single_choice
                label: {sv: Vilket hjälpmedel?}
                required: true
                choices:
                  - {code: incontinence, label: {sv: Inkontinensskydd}, hint: {sv: Till exempel blöjor och underlägg.}}
                  - {code: stoma, label: {sv: Stomimaterial}}
                  - {code: diabetes, label: {sv: Diabeteshjälpmedel}}
              - key: size
                type: single_choice
                label: {sv: Storlek}
                choices:
                  - {code: s, label: {sv: Liten}}
                  - {code: m, label: {sv: Mellan}}
                  - {code: l, label: {sv: Stor}}
              - key: extras
                type: multiple_choice
                label: {sv: Tillbehör}
                choices:
                  - {code: bags, label: {sv: Påsar}}
                  - {code: gloves, label: {sv: Handskar}}
                  - {code: wipes, label: {sv: Våtservetter}}
                  - {code: cream, label: {sv: Hudkräm}}
              - {key: same_as_before, type: yes_no, label: {sv: Samma som förra gången?}, required: true}
              - {key: changed_needs, type: yes_no, label: {sv: Har dina behov ändrats?}, required: true}
              - {key: change_description, type: textarea, label: {sv: Beskriv vad som har ändrats}, hint: {sv: Skriv kort.}}
              - {key: delivery_note, type: textarea, label: {sv: Meddelande till leverantören}, rows: 3}
              - {key: door_code, type: text, label: {sv: Portkod}}
              - {key: contact_phone, type: phone, label: {sv: Telefon vid leverans}}
        """;

    public const string Answers = """
        {
          "first_name": "Tolvan", "last_name": "Tolvansson", "email": "tolvan@example.se", "phone": "070-123 45 67",
          "packages": 4, "last_delivery": "2025-01-15", "aid": "stoma", "size": "m", "extras": ["bags", "wipes"],
          "same_as_before": false, "changed_needs": true,
          "change_description": "Jag behöver större påsar & fler handskar <nu>.",
          "delivery_note": "Lämna vid dörren.", "door_code": "1234", "contact_phone": "0701234567",
          "terms_accepted": true
        }
        """;

    public static readonly FormContext Context = new() { Today = new DateOnly(2025, 3, 14) };

    public static CompiledForm Compile() =>
        new FormCompiler().Compile("benchmark.yaml", Yaml).Form ?? throw new InvalidOperationException("The benchmark form does not compile.");

    public static SubmissionResult Process(CompiledForm form) => SubmissionPipeline.Process(form, JsonNode.Parse(Answers), Context);
}
