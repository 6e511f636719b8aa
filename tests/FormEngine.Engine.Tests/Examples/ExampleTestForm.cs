using FormEngine.Forms;
using FormEngine.Forms.Compilation;

namespace FormEngine.Tests.Examples;

/// <summary>A small form with a condition, a format, an external list and a repeat: enough for every kind of expectation.</summary>
internal static class ExampleTestForm
{
    public const string Yaml = """
        key: intyg-test
        version: 1
        title: {sv: Testintyg}
        category: begar-intyg
        workflow: standard-case
        external_lists:
          certificate_kinds:
            description: {sv: Intyg som mottagningen utfärdar}
        pages:
          - key: one
            title: {sv: Sida ett}
            fields:
              - key: kind
                type: single_choice
                label: {sv: Typ av intyg}
                choices_from: certificate_kinds
              - key: request_type
                type: single_choice
                label: {sv: Nytt eller förnyelse}
                required: true
                choices:
                  - {code: new, label: {sv: Nytt}}
                  - {code: renewal, label: {sv: Förnyelse}}
              - key: previous_issuer
                type: text
                label: {sv: Vem utfärdade det?}
                required: true
                visible_when: request_type == 'renewal'
              - key: phone
                type: phone
                label: {sv: Telefon}
              - key: code
                type: text
                label: {sv: Kod}
                validators:
                  - min_length: 5
                  - pattern: '^[0-9]+$'
              - key: packages
                type: repeat
                label: {sv: Förpackningar}
                fields:
                  - key: count
                    type: integer
                    label: {sv: Antal}
                    required: true
                    validators:
                      - min: 1
        """;

    public static CompiledForm Compile()
    {
        var result = new FormCompiler().Compile("form.yaml", Yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Form!;
    }
}
